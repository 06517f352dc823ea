package dev.concord.bench.sim;

/**
 * The limit to report against (PROOF-OF-QUALITY section 5): the mean of the honest panel members only. It knows who
 * is malicious, so no real rule can beat it. A panel with no honest member (possible at small K and high ratios)
 * carries no honest information; the oracle then falls back to the plain mean, as every other rule sees it.
 */
final class OracleRule {

    private OracleRule() {
    }

    /** @param honest per panel member, whether it is honest */
    static double aggregate(double[] scores, boolean[] honest) {
        double sum = 0;
        int count = 0;
        for (int m = 0; m < scores.length; m++) {
            if (honest[m]) {
                sum += scores[m];
                count++;
            }
        }
        if (count == 0) {
            for (double score : scores) {
                sum += score;
            }
            count = scores.length;
        }
        return sum / count;
    }
}
