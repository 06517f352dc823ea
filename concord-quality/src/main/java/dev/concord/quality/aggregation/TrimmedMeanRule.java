package dev.concord.quality.aggregation;

import java.util.Arrays;

/**
 * The trimmed mean: drops a fraction of the scores from each end, then averages the rest (fractional trimming,
 * see {@link TrimmedMass}). Outliers fewer than {@code trimPerSide * K} cannot move it outside the honest range,
 * and it keeps more of the mean's efficiency than the median does. Ignores trust.
 *
 * @param trimPerSide fraction of the scores removed from each end, in [0, 0.5); Concord's default is 0.2
 */
public record TrimmedMeanRule(double trimPerSide) implements AggregationRule {

    public static final String NAME = "trimmed-mean";
    public static final double DEFAULT_TRIM = 0.2;

    public TrimmedMeanRule {
        TrimmedMass.checkFraction(trimPerSide);
    }

    public TrimmedMeanRule() {
        this(DEFAULT_TRIM);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
        ScoreInputs.check(scores, weights);
        double[] equal = new double[scores.length];
        Arrays.fill(equal, 1.0);
        return TrimmedMass.mean(scores, equal, trimPerSide);
    }
}
