package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/**
 * Intermittent manipulation [paper S2]: in each round, with probability p run the wrapped attack, otherwise
 * score honestly. Default p 0.3 [ours]. It exists to defeat trust rules with short memory, which forgive the
 * attack rounds during the honest ones. Exactly one draw decides each round, before the wrapped attack draws.
 */
public record IntermittentAttack(double probability, EvaluatorAttack attack) implements EvaluatorAttack {

    public static final String NAME = "intermittent";
    public static final double DEFAULT_PROBABILITY = 0.3;

    public IntermittentAttack {
        if (!(probability >= 0 && probability <= 1) || attack == null) {
            throw new IllegalArgumentException("need a probability in 0..1 and an attack, got " + probability);
        }
    }

    public IntermittentAttack(EvaluatorAttack attack) {
        this(DEFAULT_PROBABILITY, attack);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ScoringContext context, RandomGenerator random) {
        return random.nextDouble() < probability ? attack.score(context, random) : context.honestScores();
    }
}
