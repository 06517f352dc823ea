package dev.concord.quality.trust;

/**
 * What a trust rule remembers about one evaluator. Plain numbers only, so consensus can store it as JSON and
 * anyone can resume the computation from a stored snapshot.
 *
 * @param weight        the trust weight to aggregate this evaluator's next scores with
 * @param rounds        how many rounds have updated this state
 * @param lastDeviation the deviation of the latest round, 0..1
 * @param meanDeviation the mean deviation over all {@code rounds} rounds, 0..1
 * @param suspicion     the adaptive rule's long-memory penalty for abnormal deviation, {@code >= 0};
 *                      the multiplicative rule keeps 0
 * @param agreement     the adaptive rule's long-memory estimate of how well this evaluator's ranking of a round's
 *                      responses agrees with the other evaluators', -1..1; the multiplicative rule keeps 0
 * @param bias          the adaptive rule's long-memory estimate of how far this evaluator's score level sits from
 *                      the round's typical level, in score points, -10..10 (positive: scores high); the
 *                      multiplicative rule keeps 0. A state stored before this field existed reads as 0.
 */
public record TrustState(double weight, long rounds, double lastDeviation, double meanDeviation, double suspicion,
                         double agreement, double bias) {

    public TrustState {
        if (!(weight >= 0) || Double.isInfinite(weight) || rounds < 0 || !(suspicion >= 0)
                || !(agreement >= -1 && agreement <= 1) || !(bias >= -10 && bias <= 10)) {
            throw new IllegalArgumentException("invalid trust state " + weight + ", " + rounds + ", " + suspicion
                    + ", " + agreement + ", " + bias);
        }
    }

    /** The state of an evaluator that has never been scored against consensus. */
    public static TrustState newcomer(double initialWeight) {
        return new TrustState(initialWeight, 0, 0, 0, 0, 0, 0);
    }

    /** The bookkeeping every rule shares: one more round, with this deviation, weight and the rule's memories. */
    TrustState next(double newWeight, double deviation, double newSuspicion, double newAgreement, double newBias) {
        long count = rounds + 1;
        return new TrustState(newWeight, count, deviation, meanDeviation + (deviation - meanDeviation) / count,
                newSuspicion, newAgreement, newBias);
    }
}
