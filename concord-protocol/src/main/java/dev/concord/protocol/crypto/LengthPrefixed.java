package dev.concord.protocol.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The byte form of the messages Concord hashes or signs field by field: each field as a 4-byte big-endian length and
 * its UTF-8 bytes, so no two different lists of fields have the same bytes.
 */
final class LengthPrefixed {

    private LengthPrefixed() {
    }

    static byte[] encode(String... fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String field : fields) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            bytes.writeBytes(utf8);
        }
        return bytes.toByteArray();
    }
}
