package dev.concord.quality.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Agreement between consensus scores and the ground-truth proxy (PROOF-OF-QUALITY.md section 4). Both
 * return NaN when either series is constant, where a correlation is undefined; callers report it, not 0.
 */
public final class Correlation {

    private Correlation() {
    }

    public static double pearson(double[] x, double[] y) {
        checkPaired(x, y);
        double meanX = mean(x);
        double meanY = mean(y);
        double cross = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            cross += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        if (varianceX == 0 || varianceY == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, cross / Math.sqrt(varianceX * varianceY)));
    }

    /** Pearson correlation of the ranks, tied values sharing the average of their ranks. */
    public static double spearman(double[] x, double[] y) {
        checkPaired(x, y);
        return pearson(ranks(x), ranks(y));
    }

    /** 1-based ranks; a run of equal values gets the mean of the ranks it spans. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = averageRank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static void checkPaired(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need two series of the same length >= 2, got "
                    + x.length + " and " + y.length);
        }
    }
}
