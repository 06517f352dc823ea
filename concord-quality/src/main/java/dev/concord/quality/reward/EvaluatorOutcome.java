package dev.concord.quality.reward;

/**
 * What an evaluator earned a reward for in a round.
 *
 * @param evaluatorId the evaluator's id, also the tie-break for rounding
 * @param deviation   its mean deviation from consensus in the round, 0..1
 * @param cost        what its scoring cost, in the smallest money unit, {@code >= 0}
 */
public record EvaluatorOutcome(String evaluatorId, double deviation, long cost) {

    public EvaluatorOutcome {
        if (evaluatorId == null || evaluatorId.isBlank() || !(deviation >= 0 && deviation <= 1) || cost < 0) {
            throw new IllegalArgumentException("invalid evaluator outcome " + evaluatorId + ", " + deviation
                    + ", " + cost);
        }
    }
}
