package dev.concord.quality.aggregation;

/** S2's adaptive rule: the trust-weighted mean, sum(w_i s_i) / sum(w_i). Equal weights give the plain mean. */
public final class WeightedMeanRule implements AggregationRule {

    public static final String NAME = "weighted-mean";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
        ScoreInputs.check(scores, weights);
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            weighted += weights[i] * scores[i];
            total += weights[i];
        }
        // Rounding can nudge the quotient a hair past the extreme scores; keep the result in their range.
        double[] sorted = ScoreInputs.sorted(scores);
        return Math.min(sorted[sorted.length - 1], Math.max(sorted[0], weighted / total));
    }
}
