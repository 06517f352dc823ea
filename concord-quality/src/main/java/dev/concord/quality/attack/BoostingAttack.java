package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/** Boosting [paper S2, Eq. 18]: s' = min(10, s + b) for every response. Default b 3 [ours]. */
public record BoostingAttack(double boost) implements EvaluatorAttack {

    public static final String NAME = "boosting";

    public BoostingAttack {
        Shift.check(boost);
    }

    public BoostingAttack() {
        this(Shift.DEFAULT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        return Shift.all(context.honestScores(), boost);
    }
}
