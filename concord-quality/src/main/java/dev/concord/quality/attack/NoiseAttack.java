package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/** Noise injection [paper S2]: s + N(0, sigma^2), clipped to 0..10. Default sigma 2 [ours]. */
public record NoiseAttack(double sigma) implements EvaluatorAttack {

    public static final String NAME = "noise";

    public NoiseAttack {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
        }
    }

    public NoiseAttack() {
        this(2);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        double[] scores = context.honestScores();
        for (int f = 0; f < scores.length; f++) {
            scores[f] = EvaluatorAttack.clip(scores[f] + sigma * random.nextGaussian());
        }
        return scores;
    }
}
