package dev.concord.quality.metrics;

/** The harmonic mean of precision and recall from a count of matched tokens; shared by token F1 and ROUGE-L. */
final class F1 {

    private F1() {
    }

    static double of(int matched, int candidateLength, int referenceLength) {
        if (matched == 0) {
            return 0;
        }
        double precision = (double) matched / candidateLength;
        double recall = (double) matched / referenceLength;
        return 2 * precision * recall / (precision + recall);
    }
}
