package dev.concord.quality.aggregation;

/**
 * The mean of what is left after removing a fraction of the total weight from each end of the sorted scores.
 * The score at each cut keeps only its untrimmed part of its weight, so trimming is continuous in the fraction
 * (with 7 equal scores and 0.2, exactly 1.4 scores are removed per side, not 1 or 2). With equal weights this
 * is the classic trimmed mean; with trust weights it trims weight, not heads.
 */
final class TrimmedMass {

    private TrimmedMass() {
    }

    static double mean(double[] scores, double[] weights, double trimPerSide) {
        int[] order = ScoreInputs.ascendingOrder(scores);
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double cut = trimPerSide * total;
        double low = cut;
        double high = total - cut;
        double kept = 0;
        double sum = 0;
        double start = 0;
        for (int index : order) {
            double end = start + weights[index];
            double overlap = Math.min(end, high) - Math.max(start, low);
            if (overlap > 0) {
                kept += overlap;
                sum += overlap * scores[index];
            }
            start = end;
        }
        // A trim below 0.5 always keeps positive mass; the guard covers rounding at the cut points.
        return kept > 0 ? sum / kept : scores[order[order.length / 2]];
    }

    static double checkFraction(double trimPerSide) {
        if (!(trimPerSide >= 0 && trimPerSide < 0.5)) {
            throw new IllegalArgumentException("trim per side must be in [0, 0.5), got " + trimPerSide);
        }
        return trimPerSide;
    }
}
