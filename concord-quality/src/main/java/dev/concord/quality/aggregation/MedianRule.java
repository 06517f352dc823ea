package dev.concord.quality.aggregation;

/**
 * The plain median (average of the two middle scores for an even count). Any minority of outliers, however
 * extreme, leaves it inside the range of the honest scores. Ignores trust.
 */
public final class MedianRule implements AggregationRule {

    public static final String NAME = "median";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
        ScoreInputs.check(scores, weights);
        double[] sorted = ScoreInputs.sorted(scores);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
