package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/** The inverted scorer [ours]: 10 - s, ranking the best answer last. The most damaging reordering attack. */
public record InvertedAttack() implements EvaluatorAttack {

    public static final String NAME = "inverted";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        double[] scores = context.honestScores();
        for (int f = 0; f < scores.length; f++) {
            scores[f] = 10 - scores[f];
        }
        return scores;
    }
}
