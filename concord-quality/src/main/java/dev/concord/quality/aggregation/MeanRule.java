package dev.concord.quality.aggregation;

/** The plain mean: the baseline every robust rule is measured against. Ignores trust. */
public final class MeanRule implements AggregationRule {

    public static final String NAME = "mean";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
        ScoreInputs.check(scores, weights);
        double sum = 0;
        for (double score : scores) {
            sum += score;
        }
        return sum / scores.length;
    }
}
