package dev.concord.quality.trust;

/** An evaluator's deviation in a round (PROOF-OF-QUALITY.md step 7): the mean over responses of |s - c| / 10. */
public final class Deviation {

    private Deviation() {
    }

    /**
     * @param scores    the evaluator's score of each response, 0..10
     * @param consensus the consensus score of the same responses, in the same order
     * @return a value in 0..1: 0 when the evaluator agreed exactly, 1 when it was maximally wrong everywhere
     */
    public static double of(double[] scores, double[] consensus) {
        if (scores.length == 0 || scores.length != consensus.length) {
            throw new IllegalArgumentException("need one score per consensus value, got "
                    + scores.length + " scores for " + consensus.length + " responses");
        }
        double sum = 0;
        for (int f = 0; f < scores.length; f++) {
            sum += Math.abs(scores[f] - consensus[f]) / 10;
        }
        return sum / scores.length;
    }
}
