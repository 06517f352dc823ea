package dev.concord.reward.registry;

import dev.concord.protocol.event.NodeRole;

/**
 * What an operator submits to register a node: who it is, what it serves at what price, the stake it bonds, and the
 * proof that it holds the private key of {@code publicKey}.
 */
public record Registration(String nodeId, NodeRole role, String operatorId, String publicKey, String model,
                           long pricePer1kTokensMicros, long stakeMicros, Proof proof) {
}
