package dev.concord.quality.attack;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The lazy constant scorer [ours]: gives every response the same score without reading it, to collect
 * evaluator rewards at no cost. Default 7, a plausible-looking grade that stays close to typical consensus.
 */
public record ConstantAttack(double value) implements EvaluatorAttack {

    public static final String NAME = "constant";

    public ConstantAttack {
        if (!(value >= 0 && value <= 10)) {
            throw new IllegalArgumentException("constant score must be within 0..10, got " + value);
        }
    }

    public ConstantAttack() {
        this(7);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        double[] scores = new double[context.nodeIds().size()];
        Arrays.fill(scores, value);
        return scores;
    }
}
