package dev.concord.bench.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * Mean and sample standard deviation over seeds; NaN values (undefined in a seed) are left out.
 *
 * @param n how many seeds had a defined value
 */
public record Spread(double mean, double sd, int n) {

    public static Spread of(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length == 0) {
            return new Spread(Double.NaN, Double.NaN, 0);
        }
        double mean = Arrays.stream(defined).average().orElseThrow();
        double squares = Arrays.stream(defined).map(v -> (v - mean) * (v - mean)).sum();
        double sd = defined.length < 2 ? 0 : Math.sqrt(squares / (defined.length - 1));
        return new Spread(mean, sd, defined.length);
    }

    /** "0.873 ± 0.004", or "-" when undefined. */
    public String format() {
        return Double.isNaN(mean) ? "-" : String.format(Locale.ROOT, "%.3f ± %.3f", mean, sd);
    }

    public String formatMean() {
        return Double.isNaN(mean) ? "-" : String.format(Locale.ROOT, "%.3f", mean);
    }
}
