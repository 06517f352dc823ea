package dev.concord.reward.web;

import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.reward.persistence.StatementLine;
import dev.concord.reward.registry.RegisteredNode;
import dev.concord.reward.registry.StatusChange;
import java.time.Instant;
import java.util.List;

/**
 * A registered node: its operator (id and the key that endorsed it; null for a node registered before operator keys),
 * what it serves, its status and how it got there, its bonded and unbonded stake, and every
 * movement of its stake (bonded, slashed, unbonded), newest first.
 */
record NodeResponse(String nodeId, NodeRole role, String operatorId, String operatorPublicKey, String publicKey,
                    String model,
                    long pricePer1kTokensMicros, Instant registeredAt, NodeStatus status, long stakeMicros,
                    long unbondedMicros, List<StatusChange> statusHistory, List<StatementLine> stakeHistory) {

    static NodeResponse of(RegisteredNode node, List<StatusChange> history, List<StatementLine> stake, long unbonded) {
        return new NodeResponse(node.nodeId(), node.role(), node.operatorId(), node.operatorPublicKey(),
                node.publicKey(), node.model(),
                node.pricePer1kTokensMicros(), node.registeredAt(), node.status(), node.stakeMicros(), unbonded,
                history, stake);
    }
}
