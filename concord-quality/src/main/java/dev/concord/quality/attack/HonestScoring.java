package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/** No attack: submits the honest scores. The control group of every experiment. */
public record HonestScoring() implements EvaluatorAttack {

    public static final String NAME = "honest";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        return context.honestScores();
    }
}
