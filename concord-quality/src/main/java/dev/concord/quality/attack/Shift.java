package dev.concord.quality.attack;

/** The clipped additive shift that boosting, sabotage and collusion share. */
final class Shift {

    static final double DEFAULT = 3;

    private Shift() {
    }

    static void check(double amount) {
        if (!(amount >= 0 && amount <= 10)) {
            throw new IllegalArgumentException("a shift must be within 0..10, got " + amount);
        }
    }

    static double[] all(double[] scores, double delta) {
        for (int f = 0; f < scores.length; f++) {
            scores[f] = EvaluatorAttack.clip(scores[f] + delta);
        }
        return scores;
    }
}
