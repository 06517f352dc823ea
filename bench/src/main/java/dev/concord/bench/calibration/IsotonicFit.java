package dev.concord.bench.calibration;

import dev.concord.scoring.Calibration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic regression by pooling adjacent violators: the non-decreasing step function of the raw value closest (least
 * squares) to the targets. Each pooled block becomes one knot at its mean raw value, and {@link Calibration}
 * interpolates linearly between knots, so the fitted curve is monotone, assumes no shape, and is not a staircase.
 */
final class IsotonicFit {

    private IsotonicFit() {
    }

    /** @return knots, raw strictly increasing, score non-decreasing, clipped to 0..10 */
    static List<Calibration.Knot> fit(double[] raw, double[] target) {
        if (raw.length != target.length || raw.length == 0) {
            throw new IllegalArgumentException("need as many targets as raw values, at least one");
        }
        Integer[] order = new Integer[raw.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        // Blocks as parallel stacks: sum of raw, sum of target, count.
        double[] rawSum = new double[raw.length];
        double[] targetSum = new double[raw.length];
        int[] count = new int[raw.length];
        int blocks = 0;
        for (int i : order) {
            rawSum[blocks] = raw[i];
            targetSum[blocks] = target[i];
            count[blocks] = 1;
            blocks++;
            // Pool while the last block's mean is below its predecessor's, or their raw means coincide (ties).
            while (blocks > 1 && (targetSum[blocks - 1] / count[blocks - 1] <= targetSum[blocks - 2] / count[blocks - 2]
                    || rawSum[blocks - 1] / count[blocks - 1] <= rawSum[blocks - 2] / count[blocks - 2])) {
                rawSum[blocks - 2] += rawSum[blocks - 1];
                targetSum[blocks - 2] += targetSum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        List<Calibration.Knot> knots = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            knots.add(new Calibration.Knot(rawSum[b] / count[b], Math.max(0, Math.min(10, targetSum[b] / count[b]))));
        }
        return knots;
    }
}
