package dev.concord.reward.registry;

import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import java.time.Instant;

/**
 * A node as the registry holds it: its registration, its status now and its bonded stake.
 *
 * @param operatorPublicKey the operator key that endorsed the node; null for a node registered before operator keys
 *                          (its operator id was declared, not proven)
 */
public record RegisteredNode(String nodeId, NodeRole role, String operatorId, String operatorPublicKey,
                             String publicKey, String model,
                             long pricePer1kTokensMicros, Instant registeredAt, NodeStatus status, long stakeMicros) {

    /** The entry to publish, unsigned. */
    public RegistryEntry entry() {
        return new RegistryEntry(RegistryEntry.VERSION, nodeId, role, operatorId, publicKey, model,
                pricePer1kTokensMicros, stakeMicros, status, registeredAt, null);
    }
}
