package dev.concord.reward.support;

import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorEndorsement;
import dev.concord.protocol.crypto.OperatorIds;
import dev.concord.protocol.event.NodeRole;
import java.security.KeyPair;

/** An operator as tests play it: its key pair, the id derived from it, and its endorsement of a node. */
public record NodeOperator(KeyPair keys) {

    public static NodeOperator generate() {
        return new NodeOperator(NodeKeys.generate());
    }

    public String id() {
        return OperatorIds.of(keys.getPublic());
    }

    public String publicKey() {
        return NodeKeys.encodePublic(keys.getPublic());
    }

    /** This operator's signature that the node (its key and role) is its own, on the node's challenge. */
    public String endorse(String challengeId, String nonce, String nodeId, KeyPair nodeKeys, NodeRole role,
                          String operatorId) {
        return new OperatorEndorsement(challengeId, nonce, nodeId, NodeKeys.encodePublic(nodeKeys.getPublic()), role,
                operatorId).sign(keys.getPrivate());
    }
}
