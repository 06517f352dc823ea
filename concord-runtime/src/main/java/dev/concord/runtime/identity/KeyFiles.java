package dev.concord.runtime.identity;

import dev.concord.protocol.crypto.NodeKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;

/**
 * Ed25519 key files as node and operator keys are kept: the Base64 private key, then the Base64 public key, one per
 * line, owner-only, written atomically.
 */
final class KeyFiles {

    private KeyFiles() {
    }

    static KeyPair loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        KeyPair keys = NodeKeys.generate();
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file stays in a directory only the operator reads
            }
            Files.write(tmp, List.of(NodeKeys.encodePrivate(keys.getPrivate()), NodeKeys.encodePublic(keys.getPublic())));
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException created) {
                // another process sharing the directory (two agents of one operator) created it first: use theirs
                Files.delete(tmp);
                return read(file);
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create key file " + file, e);
        }
    }

    static KeyPair read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                throw new IllegalStateException("key file " + file + " is damaged: expected two lines");
            }
            return pair(lines.get(0), lines.get(1), "key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
    }

    /** The pair, checked to belong together (what the private key signs, the public key verifies). */
    static KeyPair pair(String privateKey, String publicKey, String source) {
        KeyPair keys;
        try {
            keys = new KeyPair(NodeKeys.decodePublic(publicKey.strip()), NodeKeys.decodePrivate(privateKey.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
        byte[] probe = "concord-key-pair-check".getBytes(StandardCharsets.UTF_8);
        if (!NodeKeys.verify(keys.getPublic(), probe, NodeKeys.sign(keys.getPrivate(), probe))) {
            throw new IllegalStateException(source + ": the public key is not the private key's");
        }
        return keys;
    }
}
