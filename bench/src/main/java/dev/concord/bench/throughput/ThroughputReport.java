package dev.concord.bench.throughput;

import java.util.List;
import java.util.Locale;

/** The table the throughput command prints (and writes with --report), the command line on top. */
final class ThroughputReport {

    private ThroughputReport() {
    }

    static String markdown(String commandLine, List<Measurement> results, String loadBefore, String loadAfter) {
        Measurement baseline = results.get(0);
        StringBuilder md = new StringBuilder();
        md.append("# Scorer throughput\n\nMade by (from the repository root, after `./mvnw -B -q -pl bench -am package")
                .append(" -DskipTests`):\n\n```\n").append(commandLine).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, """
                One thread scores rounds of a corpus prompt and 5 answers back to back, fresh texts every round (no \
                embedding cache hits) except in the "cached" lines, which repeat one round. %d available processors, \
                shared with whatever else runs: load average %s before and %s after the run. Wall-time figures move \
                with that load; CPU ms per round (the whole process's CPU time per round) much less. Ratios are \
                against `%s`, measured in the same run.

                """, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, baseline.scorer()));
        md.append("| scorer | id | rounds | responses/s | x baseline | 5-response round p50 ms | p95 ms | p50 x baseline "
                + "| CPU ms per round | x baseline |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : results) {
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %.1f | %.3g | %.3f | %.3f | %.3g | %.3f | %.3g |%n",
                    m.scorer(), m.scorerId(), m.rounds(), m.responsesPerSecond(),
                    m.responsesPerSecond() / baseline.responsesPerSecond(), m.p50Millis(), m.p95Millis(),
                    m.p50Millis() / baseline.p50Millis(), m.cpuMillisPerRound(),
                    m.cpuMillisPerRound() / baseline.cpuMillisPerRound()));
        }
        return md.toString();
    }
}
