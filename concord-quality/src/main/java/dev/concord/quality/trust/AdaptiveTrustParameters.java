package dev.concord.quality.trust;

/**
 * Parameters of {@link AdaptiveTrustRule}; every default is Concord's own [ours].
 *
 * @param bounds              w_0, w_min, w_max (its lambda is not used by the adaptive rule)
 * @param tolerance           robust z-score of disagreement up to which a round counts as clean (default 3)
 * @param excessCap           largest z excess one round can charge, so one wild round cannot dominate (default 4)
 * @param penaltyRate         suspicion charged per unit of z excess (default 0.05)
 * @param forgiveness         fraction of suspicion forgiven per clean round; small, so memory is long (default 0.02)
 * @param agreementScaleFloor smallest spread of the round's agreements used in the z-score (default 0.1)
 * @param priorRounds         rounds of history worth as much as the prior w_0 (default 10)
 * @param coordinationCosine  residual cosine at or above which two suspicious evaluators move together (default 0.9)
 * @param coordinationFactor  extra charge, as a multiple, for a suspicious evaluator moving with another (default 1)
 * @param agreementRise       step of the remembered agreement toward a higher round agreement (default 0.03)
 * @param agreementFall       step toward a lower one (default 0.03; the asymmetry of memory lives in suspicion)
 * @param fullAgreement       remembered agreement at which an evaluator earns full trust, in (0, 1] (default 0.3)
 * @param biasRate            step of the remembered level offset toward the round's offset, in (0, 1] (default 0.05)
 * @param biasTolerance       remembered level offset, in score points, that costs no trust (default 1.0)
 * @param biasScale           score points beyond the tolerance that divide the weight by e (default 0.5)
 */
public record AdaptiveTrustParameters(
        TrustParameters bounds,
        double tolerance,
        double excessCap,
        double penaltyRate,
        double forgiveness,
        double agreementScaleFloor,
        double priorRounds,
        double coordinationCosine,
        double coordinationFactor,
        double agreementRise,
        double agreementFall,
        double fullAgreement,
        double biasRate,
        double biasTolerance,
        double biasScale) {

    public AdaptiveTrustParameters {
        if (bounds == null || !(tolerance >= 0) || !(excessCap > 0) || !(penaltyRate > 0)
                || !(forgiveness > 0 && forgiveness < 1) || !(agreementScaleFloor > 0) || !(priorRounds >= 0)
                || !(coordinationCosine > 0 && coordinationCosine <= 1) || !(coordinationFactor >= 0)
                || !(agreementRise > 0 && agreementRise <= 1) || !(agreementFall > 0 && agreementFall <= 1)
                || !(fullAgreement > 0 && fullAgreement <= 1) || !(biasRate > 0 && biasRate <= 1)
                || !(biasTolerance >= 0) || !(biasScale > 0)) {
            throw new IllegalArgumentException("invalid adaptive trust parameters " + this);
        }
    }

    public static AdaptiveTrustParameters defaults() {
        return new AdaptiveTrustParameters(TrustParameters.defaults(), 3.0, 4.0, 0.05, 0.02, 0.1, 10, 0.9, 1.0,
                0.03, 0.03, 0.3, 0.05, 1.0, 0.5);
    }

    /** These parameters with other bounds. */
    public AdaptiveTrustParameters withBounds(TrustParameters newBounds) {
        return new AdaptiveTrustParameters(newBounds, tolerance, excessCap, penaltyRate, forgiveness,
                agreementScaleFloor, priorRounds, coordinationCosine, coordinationFactor, agreementRise, agreementFall,
                fullAgreement, biasRate, biasTolerance, biasScale);
    }
}
