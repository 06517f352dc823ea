package dev.concord.reward.registry;

import dev.concord.protocol.event.NodeRole;

/**
 * What an operator submits to register a node: who it is, what it serves at what price, the stake it bonds, the
 * proof that it holds the private key of {@code publicKey}, and the operator's endorsement: {@code operatorSignature}
 * by the key {@code operatorPublicKey}, whose id is {@code operatorId}
 * ({@link dev.concord.protocol.crypto.OperatorEndorsement}).
 */
public record Registration(String nodeId, NodeRole role, String operatorId, String operatorPublicKey,
                           String publicKey, String model, long pricePer1kTokensMicros, long stakeMicros, Proof proof,
                           String operatorSignature) {
}
