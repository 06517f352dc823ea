package dev.concord.modelsim.model;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Lognormal response latency: ln(latency) ~ N(ln(median), sigma^2). Lognormal because real generation times
 * are positive and right-skewed (a long tail of slow answers); the median is the typical latency, and
 * sigma 0 makes every answer take exactly the median.
 */
public record LatencyModel(Duration median, double sigma) {

    public static final LatencyModel NONE = new LatencyModel(Duration.ZERO, 0);

    public LatencyModel {
        Objects.requireNonNull(median, "median");
        if (median.isNegative()) {
            throw new IllegalArgumentException("median latency must not be negative: " + median);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a finite number >= 0: " + sigma);
        }
    }

    public static LatencyModel lognormal(long medianMillis, double sigma) {
        return new LatencyModel(Duration.ofMillis(medianMillis), sigma);
    }

    /** One latency draw, rounded to the microsecond. */
    public Duration sample(RandomGenerator rng) {
        if (median.isZero()) {
            return Duration.ZERO;
        }
        double micros = median.toNanos() / 1_000.0 * Math.exp(sigma * rng.nextGaussian());
        return Duration.ofNanos(Math.round(micros) * 1_000);
    }

    /** The distribution's mean, median * exp(sigma^2 / 2): what a throughput estimate should use. */
    public Duration mean() {
        return Duration.ofNanos(Math.round(median.toNanos() * Math.exp(sigma * sigma / 2)));
    }
}
