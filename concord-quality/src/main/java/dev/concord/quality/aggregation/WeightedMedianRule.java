package dev.concord.quality.aggregation;

/**
 * The trust-weighted median: the score at which half of the total trust lies on each side. When the half-way
 * point falls exactly on the boundary between two scores it returns their midpoint, so equal weights give the
 * plain median. Evaluators holding less than half of the trust cannot move it outside the others' range.
 */
public final class WeightedMedianRule implements AggregationRule {

    public static final String NAME = "weighted-median";

    /** Relative tolerance for "the cumulative weight is exactly half", absorbing summation rounding. */
    private static final double HALF_TOLERANCE = 1e-12;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
        ScoreInputs.check(scores, weights);
        int[] order = ScoreInputs.ascendingOrder(scores);
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double half = total / 2;
        double cumulative = 0;
        for (int k = 0; k < order.length; k++) {
            cumulative += weights[order[k]];
            if (Math.abs(cumulative - half) <= HALF_TOLERANCE * total && k + 1 < order.length) {
                return (scores[order[k]] + scores[nextWithWeight(order, weights, k + 1)]) / 2;
            }
            if (cumulative > half) {
                return scores[order[k]];
            }
        }
        return scores[order[order.length - 1]];
    }

    /** Skips zero-weight scores, which hold no trust and so must not become half of a midpoint. */
    private static int nextWithWeight(int[] order, double[] weights, int from) {
        for (int k = from; k < order.length; k++) {
            if (weights[order[k]] > 0) {
                return order[k];
            }
        }
        return order[from - 1];
    }
}
