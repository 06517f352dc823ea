package dev.concord.protocol.event;

import java.time.Instant;
import java.util.List;

/**
 * One evaluator's scores for every response of a round, signed once per sheet (signing costs about 0.6 ms, so one
 * signature per sheet rather than per score), on {@code concord.scores}.
 *
 * @param scorer the scoring model's identity and version, e.g. {@code bi-encoder:all-minilm-l6-v2-q@1}
 */
public record ScoreSheet(
        int version,
        String requestId,
        String evaluatorId,
        String scorer,
        List<Score> scores,
        Instant createdAt,
        @Nullable String signature) implements SignedEvent {

    public static final int VERSION = 1;

    public ScoreSheet {
        scores = EventLists.copy(scores);
    }

    @Override
    public String key() {
        return requestId;
    }

    @Override
    public String signer() {
        return evaluatorId;
    }

    @Override
    public ScoreSheet withSignature(String signature) {
        return new ScoreSheet(version, requestId, evaluatorId, scorer, scores, createdAt, signature);
    }
}
