package dev.concord.protocol.event;

import java.time.Instant;

/**
 * A node's entry in the registry, on the compacted {@code concord.registry} topic keyed by node id. Self-signed with
 * the key it announces, which proves the publisher holds the private key.
 *
 * @param publicKey         Base64 X.509 encoding of the node's Ed25519 public key
 * @param model             the model the node serves (inference) or scores with (evaluator)
 * @param pricePer1kTokensMicros what the node charges per 1,000 tokens (inference) or per score sheet (evaluator)
 * @param stakeMicros       the stake the node has deposited
 */
public record RegistryEntry(
        int version,
        String nodeId,
        NodeRole role,
        String operatorId,
        String publicKey,
        String model,
        long pricePer1kTokensMicros,
        long stakeMicros,
        NodeStatus status,
        Instant registeredAt,
        @Nullable String signature) implements SignedEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return nodeId;
    }

    @Override
    public String signer() {
        return nodeId;
    }

    @Override
    public RegistryEntry withSignature(String signature) {
        return new RegistryEntry(version, nodeId, role, operatorId, publicKey, model, pricePer1kTokensMicros,
                stakeMicros, status, registeredAt, signature);
    }
}
