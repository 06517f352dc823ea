package dev.concord.runtime.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A shared secret a caller presents as {@code Authorization: Bearer <token>}. The comparison takes the same time
 * however much of the token matches, so the token cannot be guessed byte by byte from response times. A blank
 * configured token admits nobody: an API behind it cannot be left open by forgetting to configure it.
 */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    private BearerToken(String token) {
        this.expected = token == null || token.isBlank() ? null : (SCHEME + token).getBytes(StandardCharsets.UTF_8);
    }

    /** @param token the configured secret; null or blank: not configured */
    public static BearerToken of(String token) {
        return new BearerToken(token);
    }

    public boolean configured() {
        return expected != null;
    }

    /** @param authorization the request's {@code Authorization} header, null when it had none */
    public boolean admits(String authorization) {
        return expected != null && authorization != null
                && MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8), expected);
    }

    /** The header value a client sends, for service-to-service calls. */
    public static String header(String token) {
        return SCHEME + token;
    }

    @Override
    public String toString() {
        return configured() ? "BearerToken[configured]" : "BearerToken[not configured]";
    }
}
