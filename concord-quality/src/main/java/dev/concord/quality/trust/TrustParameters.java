package dev.concord.quality.trust;

/**
 * The bounds and step of the trust weight (PROOF-OF-QUALITY.md step 8).
 *
 * @param lambda        step size of Eq. 21, {@code > 0}
 * @param initialWeight w_0, the weight of an evaluator with no history
 * @param minWeight     w_min, the floor; positive so an evaluator can always earn its way back
 * @param maxWeight     w_max, the ceiling
 */
public record TrustParameters(double lambda, double initialWeight, double minWeight, double maxWeight) {

    public TrustParameters {
        if (!(lambda > 0) || !(minWeight > 0) || !(minWeight <= initialWeight) || !(initialWeight <= maxWeight)
                || Double.isInfinite(maxWeight)) {
            throw new IllegalArgumentException("need lambda > 0 and 0 < w_min <= w_0 <= w_max < infinity, got "
                    + this);
        }
    }

    /** Concord's defaults [ours]: lambda 0.1, w_0 1.0, w_min 0.1, w_max 2.0. */
    public static TrustParameters defaults() {
        return new TrustParameters(0.1, 1.0, 0.1, 2.0);
    }

    public double clip(double weight) {
        return Math.max(minWeight, Math.min(maxWeight, weight));
    }
}
