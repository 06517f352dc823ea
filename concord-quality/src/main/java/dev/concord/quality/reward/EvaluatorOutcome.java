package dev.concord.quality.reward;

/**
 * What an evaluator earned a reward for in a round.
 *
 * @param evaluatorId the evaluator's id, also the tie-break for rounding
 * @param deviation   its mean deviation from consensus in the round, 0..1
 * @param cost        what its scoring cost, in the smallest money unit, {@code >= 0}
 * @param trust       its trust weight after the round, {@code >= 0}: its share of the evaluator pool is
 *                    proportional to trust times its positive reward, so an evaluator the trust rule has caught
 *                    earns little even when one round's deviation looks fine
 */
public record EvaluatorOutcome(String evaluatorId, double deviation, long cost, double trust) {

    public EvaluatorOutcome {
        if (evaluatorId == null || evaluatorId.isBlank() || !(deviation >= 0 && deviation <= 1) || cost < 0
                || !(trust >= 0) || Double.isInfinite(trust)) {
            throw new IllegalArgumentException("invalid evaluator outcome " + evaluatorId + ", " + deviation
                    + ", " + cost + ", " + trust);
        }
    }

    /** An outcome with neutral trust: when every evaluator of a round has the same trust, trust changes nothing. */
    public EvaluatorOutcome(String evaluatorId, double deviation, long cost) {
        this(evaluatorId, deviation, cost, 1.0);
    }
}
