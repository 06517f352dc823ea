package dev.concord.runtime.identity;

import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorEndorsement;
import dev.concord.protocol.crypto.OperatorIds;
import dev.concord.protocol.event.NodeRole;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * The key of the operator that runs a hosted node, and the operator id derived from it: the registry links a node to
 * an operator only on the operator's endorsement.
 */
public record OperatorKey(String operatorId, KeyPair keys) {

    public OperatorKey {
        if (!OperatorIds.of(keys.getPublic()).equals(operatorId)) {
            throw new IllegalArgumentException("operator id " + operatorId + " is not the id of the key");
        }
    }

    public static OperatorKey of(KeyPair keys) {
        return new OperatorKey(OperatorIds.of(keys.getPublic()), keys);
    }

    /** Base64 of the public key, as the registry takes it. */
    public String publicKey() {
        return NodeKeys.encodePublic(keys.getPublic());
    }

    /** This operator's signature that the node is its own, on the challenge the node answers. */
    public String endorse(String challengeId, String nonce, String nodeId, PublicKey nodeKey, NodeRole role) {
        return new OperatorEndorsement(challengeId, nonce, nodeId, NodeKeys.encodePublic(nodeKey), role, operatorId)
                .sign(keys.getPrivate());
    }
}
