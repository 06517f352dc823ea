package dev.concord.scoring;

/**
 * A relevance logit onto 0..10: 10 x sigmoid(logit). ms-marco cross-encoders emit one unbounded logit per pair, where
 * 0 is a coin toss; the sigmoid reads it as the model's probability that the answer is relevant, which keeps the
 * order of scores and their meaning (5 = undecided) without a fitted curve, since no weights are here to fit one.
 */
final class LogitScale {

    private LogitScale() {
    }

    static double toScore(double logit) {
        if (Double.isNaN(logit)) {
            return 0;
        }
        return 10.0 / (1.0 + Math.exp(-logit));
    }
}
