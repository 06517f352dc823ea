package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/**
 * Collusion [ours, from S1]: every member of a group raises the score of one colluding inference node by
 * {@code shift} and lowers every rival's by the same, so their node wins rounds it should lose. Unlike uniform
 * boosting this reorders responses, which is what hurts consensus. In a round without the colluding node
 * there is nothing to gain and the members score honestly, which also keeps their long-run deviation low.
 *
 * @param colludingNodeId the inference node the group promotes
 * @param shift           points added to it and taken from each rival, 0..10 (default 3)
 */
public record CollusionAttack(String colludingNodeId, double shift) implements EvaluatorAttack {

    public static final String NAME = "collusion";

    public CollusionAttack {
        if (colludingNodeId == null || colludingNodeId.isBlank()) {
            throw new IllegalArgumentException("collusion needs the node it promotes");
        }
        Shift.check(shift);
    }

    public CollusionAttack(String colludingNodeId) {
        this(colludingNodeId, Shift.DEFAULT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        double[] scores = context.honestScores();
        if (!context.nodeIds().contains(colludingNodeId)) {
            return scores;
        }
        for (int f = 0; f < scores.length; f++) {
            double delta = context.nodeIds().get(f).equals(colludingNodeId) ? shift : -shift;
            scores[f] = EvaluatorAttack.clip(scores[f] + delta);
        }
        return scores;
    }
}
