package dev.concord.quality.aggregation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Validation and ordering shared by the rules; package-private so the public API stays the interface. */
final class ScoreInputs {

    private ScoreInputs() {
    }

    static void check(double[] scores, double[] weights) {
        if (scores == null || weights == null) {
            throw new IllegalArgumentException("scores and weights must not be null");
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("at least one score is needed");
        }
        if (scores.length != weights.length) {
            throw new IllegalArgumentException(
                    "got " + scores.length + " scores but " + weights.length + " weights");
        }
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!(scores[i] >= 0 && scores[i] <= 10)) {
                throw new IllegalArgumentException("score " + i + " is " + scores[i] + ", outside 0..10");
            }
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i] + ", must be finite and >= 0");
            }
            total += weights[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
    }

    /** Indices of {@code scores} in ascending score order; ties keep input order, so results are deterministic. */
    static int[] ascendingOrder(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static double[] sorted(double[] scores) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        return copy;
    }
}
