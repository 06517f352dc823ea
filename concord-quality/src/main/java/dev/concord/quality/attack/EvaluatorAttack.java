package dev.concord.quality.attack;

import java.util.random.RandomGenerator;

/**
 * How a (possibly malicious) evaluator turns its honest opinion into the score sheet it submits
 * (PROOF-OF-QUALITY.md section 3). Implementations are values; all randomness comes from the generator passed
 * in, so a seeded generator replays an experiment exactly. Returned scores are always within 0..10.
 */
public interface EvaluatorAttack {

    /** The stable name experiments report. */
    String name();

    /** @return one submitted score per node of the context, in the same order */
    double[] score(ScoringContext context, RandomGenerator random);

    /** Scores are bounded by the protocol: an attacker cannot submit 13 or -2. */
    static double clip(double score) {
        return Math.max(0, Math.min(10, score));
    }
}
