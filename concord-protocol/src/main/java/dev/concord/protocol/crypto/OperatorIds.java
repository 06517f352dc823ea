package dev.concord.protocol.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An operator's id is derived from its Ed25519 public key: {@code op-} and the first 32 hex digits (128 bits) of
 * SHA-256 over the key's X.509 encoding. Nobody can claim an id without the key behind it, so an id can be neither
 * squatted nor hijacked. 128 bits is the security level of Ed25519 itself: finding another key with a given
 * operator's id (a second preimage) costs about 2^128 hashes, as much as forging the key's signatures. Two keys
 * colliding with each other (about 2^64 tries) would only link two identities the same party made, which gains
 * nothing.
 */
public final class OperatorIds {

    public static final String PREFIX = "op-";
    /** Hex digits of the hash kept: 128 bits. */
    public static final int HEX_DIGITS = 32;

    private static final Pattern DERIVED = Pattern.compile("op-[0-9a-f]{" + HEX_DIGITS + "}");

    private OperatorIds() {
    }

    /** The id of the operator holding this key. */
    public static String of(PublicKey operatorKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(operatorKey.getEncoded());
            return PREFIX + HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the text has the form of a derived id (says nothing of which key it belongs to). */
    public static boolean isWellFormed(String operatorId) {
        return operatorId != null && DERIVED.matcher(operatorId).matches();
    }
}
