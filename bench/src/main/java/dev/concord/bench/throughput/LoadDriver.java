package dev.concord.bench.throughput;

import dev.concord.scoring.Scorer;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** Scores rounds back to back for a while, unmeasured first (JIT, ONNX Runtime's first runs), then measured. */
final class LoadDriver {

    private LoadDriver() {
    }

    /**
     * @param cached repeat one round instead of fresh ones: what a scorer costs when every text is cached
     */
    static Measurement measure(String name, Scorer scorer, RoundSource source, double warmupSeconds,
                               double seconds, boolean cached) {
        long n = 0;
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmEnd) {
            score(scorer, source.round(cached ? 0 : n++));
        }
        long[] latencies = new long[1024];
        long rounds = 0;
        long responses = 0;
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        while (now < end) {
            RoundSource.Round round = source.round(cached ? 0 : n++);
            long before = System.nanoTime();
            score(scorer, round);
            now = System.nanoTime();
            if (rounds == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[(int) rounds++] = now - before;
            responses += round.responses().size();
        }
        double cpuMillisPerRound = (processCpuNanos() - cpuStart) / 1e6 / rounds;
        double elapsed = (now - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, (int) rounds);
        Arrays.sort(sorted);
        Measurement result = new Measurement(name, scorer.id(), rounds, elapsed, responses / elapsed,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6, cpuMillisPerRound);
        System.err.printf(Locale.ROOT, "[throughput] %-16s %8.1f responses/s, round p50 %.2f ms%n", name,
                result.responsesPerSecond(), result.p50Millis());
        return result;
    }

    private static void score(Scorer scorer, RoundSource.Round round) {
        if (scorer.score(round.prompt(), round.responses()).size() != round.responses().size()) {
            throw new IllegalStateException(scorer.id() + " returned the wrong number of scores");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
