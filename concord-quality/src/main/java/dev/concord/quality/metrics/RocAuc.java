package dev.concord.quality.metrics;

/**
 * Area under the ROC curve by the Mann-Whitney statistic: the probability that a random positive scores
 * above a random negative, ties counting one half. 1.0 is perfect separation, 0.5 is none.
 *
 * <p>For detection (PROOF-OF-QUALITY.md section 4) the positives are the honest evaluators and the scores
 * their final trust weights, so a rule that trusts honest evaluators more than attackers scores above 0.5.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * @param scores   one score per example
     * @param positive whether each example belongs to the class expected to score higher; both classes present
     */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("got " + scores.length + " scores for " + positive.length + " labels");
        }
        double[] ranks = Correlation.ranks(scores);
        long positives = 0;
        double positiveRankSum = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                positives++;
                positiveRankSum += ranks[i];
            }
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs at least one positive and one negative example");
        }
        // U = rank sum of positives minus its minimum; average ranks make each tie count one half.
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
