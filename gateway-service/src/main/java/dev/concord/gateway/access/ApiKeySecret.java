package dev.concord.gateway.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret half of an API key: 256 random bits, shown to the client once. Only its SHA-256 is stored; a plain hash
 * is enough (no salt, no slow hash) because the secret is high-entropy, so there is no dictionary to try.
 */
public final class ApiKeySecret {

    public static final String PREFIX = "sk-concord-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A key's public id, safe to list and log. */
    public static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "key_" + HexFormat.of().formatHex(bytes);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
