package dev.concord.quality.aggregation;

/**
 * Concord's own rule: the trust-weighted trimmed mean. It removes {@code trimPerSide} of the total <em>trust</em>
 * from each end of the sorted scores and takes the trust-weighted mean of what remains.
 *
 * <p>Why: the weighted mean lets a trusted-but-wrong minority pull the consensus linearly; the median and the
 * trimmed mean ignore the trust that the trust rule has worked to learn. Trimming by trust mass combines both:
 * any group holding less than {@code trimPerSide} of the trust on one side cannot move the result outside the
 * range of the others' scores, and because an adaptive trust rule drives attackers' weights toward the floor,
 * a group that is 30-40% of the heads soon holds far less than 20% of the trust. Inside the trimmed band the
 * honest evaluators are averaged by trust, keeping the mean's efficiency. Equal weights give the trimmed mean.
 *
 * @param trimPerSide fraction of the total trust removed from each end, in [0, 0.5); default 0.2
 */
public record TrustTrimmedMeanRule(double trimPerSide) implements AggregationRule {

    public static final String NAME = "trust-trimmed-mean";

    public TrustTrimmedMeanRule {
        TrimmedMass.checkFraction(trimPerSide);
    }

    public TrustTrimmedMeanRule() {
        this(TrimmedMeanRule.DEFAULT_TRIM);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
        ScoreInputs.check(scores, weights);
        return TrimmedMass.mean(scores, weights, trimPerSide);
    }
}
