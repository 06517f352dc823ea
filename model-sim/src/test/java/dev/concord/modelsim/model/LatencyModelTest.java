package dev.concord.modelsim.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Checks the sampler's distribution, not wall-clock time: no test here sleeps. */
class LatencyModelTest {

    private static final int N = 40_000;

    @Test
    void samplesAreLognormalWithTheConfiguredMedianAndSigma() {
        LatencyModel model = LatencyModel.lognormal(50, 0.5);
        double[] millis = sample(model, 42, N);

        double[] logs = Arrays.stream(millis).map(Math::log).toArray();
        double meanLog = Arrays.stream(logs).average().orElseThrow();
        double sdLog = Math.sqrt(Arrays.stream(logs).map(l -> (l - meanLog) * (l - meanLog)).sum() / (N - 1));
        assertThat(meanLog).isCloseTo(Math.log(50), within(0.01));
        assertThat(sdLog).isCloseTo(0.5, within(0.01));

        Arrays.sort(millis);
        assertThat(millis[N / 2]).isCloseTo(50, within(1.0));
        // One sigma above the median in log space is the 84.13th percentile.
        double aboveOneSigma = Arrays.stream(millis).filter(m -> m > 50 * Math.exp(0.5)).count() / (double) N;
        assertThat(aboveOneSigma).isCloseTo(1 - 0.8413, within(0.01));
        assertThat(Arrays.stream(millis).average().orElseThrow())
                .isCloseTo(model.mean().toNanos() / 1e6, within(1.0));
    }

    @Test
    void aSeedReplaysTheSameLatencies() {
        LatencyModel model = LatencyModel.lognormal(30, 0.3);
        assertThat(sample(model, 5, 100)).containsExactly(sample(model, 5, 100));
        assertThat(sample(model, 5, 100)).isNotEqualTo(sample(model, 6, 100));
    }

    @Test
    void zeroSigmaIsAConstantAndNoneIsZero() {
        SplittableRandom rng = new SplittableRandom(1);
        assertThat(LatencyModel.lognormal(20, 0).sample(rng)).isEqualTo(Duration.ofMillis(20));
        assertThat(LatencyModel.NONE.sample(rng)).isZero();
    }

    @Test
    void rejectsNegativeOrNonFiniteParameters() {
        assertThatThrownBy(() -> LatencyModel.lognormal(-1, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyModel.lognormal(10, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyModel.lognormal(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] sample(LatencyModel model, long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            millis[i] = model.sample(rng).toNanos() / 1e6;
        }
        return millis;
    }
}
