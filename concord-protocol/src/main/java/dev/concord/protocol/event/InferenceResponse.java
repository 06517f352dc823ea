package dev.concord.protocol.event;

import java.time.Instant;

/**
 * One inference node's answer to a prompt, signed by that node, on {@code concord.responses}: the reveal of its
 * {@link ResponseCommitment}, published only once consensus has asked for it.
 *
 * @param nonce the random nonce of the commitment this answer opens; null only in events older than commit-reveal,
 *              which consensus refuses
 */
public record InferenceResponse(
        int version,
        String requestId,
        String nodeId,
        String model,
        String content,
        int promptTokens,
        int completionTokens,
        long latencyMillis,
        long costMicros,
        Instant createdAt,
        @Nullable String nonce,
        @Nullable String signature) implements SignedEvent {

    public static final int VERSION = 1;

    @Override
    public String key() {
        return requestId;
    }

    @Override
    public String signer() {
        return nodeId;
    }

    @Override
    public InferenceResponse withSignature(String signature) {
        return new InferenceResponse(version, requestId, nodeId, model, content, promptTokens, completionTokens,
                latencyMillis, costMicros, createdAt, nonce, signature);
    }
}
