package dev.concord.quality.metrics;

/**
 * How much quality a round's decision left on the table: the best proxy score among the round's responses
 * minus the proxy score of the response consensus chose, on 0..10. 0 means the best available was chosen.
 */
public final class SelectionRegret {

    private SelectionRegret() {
    }

    /**
     * @param proxyScores ground-truth proxy score of each response in the round
     * @param chosen      index of the response consensus picked
     */
    public static double of(double[] proxyScores, int chosen) {
        if (proxyScores.length == 0 || chosen < 0 || chosen >= proxyScores.length) {
            throw new IllegalArgumentException("chosen index " + chosen + " outside " + proxyScores.length + " responses");
        }
        double best = proxyScores[0];
        for (double score : proxyScores) {
            best = Math.max(best, score);
        }
        return best - proxyScores[chosen];
    }
}
