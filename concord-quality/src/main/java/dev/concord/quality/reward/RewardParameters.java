package dev.concord.quality.reward;

/**
 * The cost-aware reward weights of S3 and how a round's fee is divided (PROOF-OF-QUALITY.md step 9).
 *
 * @param alpha                  inference quality weight in R_f = alpha * c_f/10 - beta * cost_f/maxCost
 * @param beta                   inference cost weight
 * @param alphaEvaluator         evaluator agreement weight in R_m = alpha_e * (1 - d_m) - beta_e * cost_m/maxEvalCost
 * @param betaEvaluator          evaluator cost weight
 * @param protocolBasisPoints    the protocol's share of the fee, 0..10000 (default 500 = 5%)
 * @param inferencePoolBasisPoints the inference pool's share of what remains, 0..10000 (default 7000); the
 *                               evaluator pool gets the rest
 */
public record RewardParameters(double alpha, double beta, double alphaEvaluator, double betaEvaluator,
                               int protocolBasisPoints, int inferencePoolBasisPoints) {

    static final int WHOLE = 10_000;

    public RewardParameters {
        if (!(alpha >= 0) || !(beta >= 0) || !(alphaEvaluator >= 0) || !(betaEvaluator >= 0)
                || Double.isInfinite(alpha + beta + alphaEvaluator + betaEvaluator)
                || protocolBasisPoints < 0 || protocolBasisPoints > WHOLE
                || inferencePoolBasisPoints < 0 || inferencePoolBasisPoints > WHOLE) {
            throw new IllegalArgumentException("invalid reward parameters " + this);
        }
    }

    /**
     * alpha = alpha_e = 1, beta = beta_e = 0.5 [ours]; 5% to the protocol, then 70/30 inference/evaluators [ours].
     * With beta = 1, as the spec first proposed, the round's most expensive node earns at most c/10 - 1 <= 0, and
     * when every participant charges the same the whole pool goes unpaid; 0.5 still ranks cheaper nodes higher at
     * equal quality but pays any node whose quality clears half the scale.
     */
    public static RewardParameters defaults() {
        return new RewardParameters(1, 0.5, 1, 0.5, 500, 7000);
    }
}
