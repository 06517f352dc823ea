package dev.concord.protocol.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The hash an inference node commits to before it may reveal its answer (PROOF-OF-QUALITY.md step 2): SHA-256 over
 * the request id, the node id, a random nonce and the answer, each length-prefixed so no two different inputs hash
 * the same bytes. The nonce keeps a short answer ("Paris") from being confirmed by hashing guesses; binding the ids
 * keeps one node from replaying another's commitment.
 */
public final class Commitments {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Commitments() {
    }

    /** 32 random bytes, Base64. */
    public static String newNonce() {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** Hex SHA-256 of the length-prefixed fields. */
    public static String of(String requestId, String nodeId, String nonce, String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(LengthPrefixed.encode(requestId, nodeId, nonce, content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the revealed answer is the one committed to; false when the reveal carries no nonce. */
    public static boolean matches(String commitment, String requestId, String nodeId, String nonce, String content) {
        return nonce != null && MessageDigest.isEqual(commitment.getBytes(StandardCharsets.US_ASCII),
                of(requestId, nodeId, nonce, content).getBytes(StandardCharsets.US_ASCII));
    }
}
