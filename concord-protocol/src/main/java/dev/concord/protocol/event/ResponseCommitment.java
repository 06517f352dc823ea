package dev.concord.protocol.event;

import java.time.Instant;

/**
 * An inference node's binding promise of its answer, on {@code concord.commitments}: a hash, so no other node can
 * read (and copy) the answer before every node of the round has committed to its own. The answer itself follows as
 * an {@link InferenceResponse} only when consensus closes the commit window with a {@link RevealRequest}.
 *
 * @param commitment {@link dev.concord.protocol.crypto.Commitments#of} of the answer that will be revealed
 */
public record ResponseCommitment(
        int version,
        String requestId,
        String nodeId,
        String commitment,
        Instant createdAt,
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
    public ResponseCommitment withSignature(String signature) {
        return new ResponseCommitment(version, requestId, nodeId, commitment, createdAt, signature);
    }
}
