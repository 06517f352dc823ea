package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/** Sabotage [paper S2]: s' = max(0, s - b) for every response. Default b 3 [ours]. */
public record SabotageAttack(double penalty) implements EvaluatorAttack {

    public static final String NAME = "sabotage";

    public SabotageAttack {
        Shift.check(penalty);
    }

    public SabotageAttack() {
        this(Shift.DEFAULT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        return Shift.all(context.honestScores(), -penalty);
    }
}
