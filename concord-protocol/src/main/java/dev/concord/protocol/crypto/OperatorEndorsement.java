package dev.concord.protocol.crypto;

import dev.concord.protocol.event.NodeRole;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * An operator's signature that a node is its own: over the registry challenge the node answers (id and one-time
 * nonce, so an endorsement serves one registration and cannot be replayed), the node id, the node's public key, its
 * role and the operator id. Without it a node could be registered under any operator's id and take that operator's
 * slot in a round (one node per operator). The fields are length-prefixed after a domain tag, so no two different
 * endorsements, and no other message Concord signs, have the same bytes.
 *
 * @param nodePublicKey the node's key as registered: Base64 of its X.509 encoding ({@link NodeKeys#encodePublic})
 */
public record OperatorEndorsement(String challengeId, String nonce, String nodeId, String nodePublicKey,
                                  NodeRole role, String operatorId) {

    static final String DOMAIN = "concord-operator-endorsement/v1";

    public OperatorEndorsement {
        if (challengeId == null || nonce == null || nodeId == null || nodePublicKey == null || role == null
                || operatorId == null) {
            throw new IllegalArgumentException("an operator endorsement needs every field");
        }
    }

    /** The Base64 Ed25519 signature of the operator over this endorsement. */
    public String sign(PrivateKey operatorKey) {
        return NodeKeys.sign(operatorKey, signingBytes());
    }

    /**
     * True only when {@code operatorId} is the id of {@code operatorKey} ({@link OperatorIds#of}) and the signature is
     * that key's over this endorsement; false for anything malformed.
     */
    public boolean verify(PublicKey operatorKey, String signature) {
        return OperatorIds.of(operatorKey).equals(operatorId)
                && NodeKeys.verify(operatorKey, signingBytes(), signature);
    }

    /** What is signed: the domain tag, then each field as a 4-byte length and its UTF-8 bytes. */
    public byte[] signingBytes() {
        return LengthPrefixed.encode(DOMAIN, challengeId, nonce, nodeId, nodePublicKey, role.name(), operatorId);
    }
}
