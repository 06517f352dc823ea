package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/**
 * The weight copier [ours, from peer networks]: does no scoring work and repeats the consensus published for
 * the previous round, hoping to look aligned. A node that was scored last round gets its previous consensus;
 * a node that was not gets the mean of the previous consensus; before any history every node gets 5.
 */
public record CopierAttack() implements EvaluatorAttack {

    public static final String NAME = "copier";
    private static final double NO_HISTORY = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        double fallback = context.previousConsensus().values().stream()
                .mapToDouble(Double::doubleValue).average().orElse(NO_HISTORY);
        return context.nodeIds().stream()
                .mapToDouble(id -> EvaluatorAttack.clip(context.previousConsensus().getOrDefault(id, fallback)))
                .toArray();
    }
}
