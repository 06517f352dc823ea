package dev.concord.protocol.crypto;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * Proof that whoever registers a node, or changes its status, holds the node's private key: a signature over a
 * one-time challenge nonce the registry handed out, bound to the node id so a proof for one node cannot serve another.
 */
public final class RegistrationProof {

    private RegistrationProof() {
    }

    public static String sign(PrivateKey nodeKey, String nodeId, String nonce) {
        return NodeKeys.sign(nodeKey, message(nodeId, nonce));
    }

    public static boolean verify(PublicKey nodeKey, String nodeId, String nonce, String signature) {
        return NodeKeys.verify(nodeKey, message(nodeId, nonce), signature);
    }

    private static byte[] message(String nodeId, String nonce) {
        return ("concord-registry-challenge/v1\n" + nodeId + "\n" + nonce).getBytes(StandardCharsets.UTF_8);
    }
}
