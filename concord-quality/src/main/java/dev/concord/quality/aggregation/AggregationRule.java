package dev.concord.quality.aggregation;

import java.util.Arrays;

/**
 * Turns the K evaluator scores of one response into its consensus score c_f (PROOF-OF-QUALITY.md, step 5).
 *
 * <p>Scores are on 0..10; {@code weights[i]} is the trust weight of the evaluator that gave {@code scores[i]}.
 * Rules that ignore trust still validate the weights, so a caller can swap rules without changing its call.
 * Every rule is a pure function of its inputs, so anyone can recompute a round.
 */
public interface AggregationRule {

    /** The stable name under which {@link AggregationRules#byName(String)} finds this rule and rounds record it. */
    String name();

    /**
     * @param scores  one score per evaluator, each finite and within 0..10; at least one
     * @param weights one trust weight per evaluator, each finite and {@code >= 0}, with a positive sum
     * @return the consensus score, within the range of {@code scores}
     * @throws IllegalArgumentException when the inputs break the rules above
     */
    double aggregate(double[] scores, double[] weights);

    /** Aggregates with equal weights: what a rule does before any trust has been earned. */
    default double aggregate(double[] scores) {
        double[] equal = new double[scores.length];
        Arrays.fill(equal, 1.0);
        return aggregate(scores, equal);
    }
}
