package dev.concord.bench.throughput;

import dev.concord.bench.data.DataSet;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.scoring.BiEncoderScorer;
import dev.concord.scoring.CrossEncoderScorer;
import dev.concord.scoring.EmbeddingCache;
import dev.concord.scoring.InJarModel;
import dev.concord.scoring.LexicalOverlapScorer;
import dev.concord.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code throughput [--seconds N] [--warmup N] [--report FILE] [--cross-encoder MODEL.onnx TOKENIZER.json]}: a load
 * driver for the evaluators' scorers. Each scorer scores rounds of one corpus prompt and five answers of different
 * quality, back to back on one thread (one scoring job, as one evaluator worker runs it), every round with texts it
 * has not seen (so no embedding comes from the cache) except in the "cached" line, which repeats one round. Reports
 * responses scored per second and the latency of one 5-response round, each against the lexical scorer measured in
 * the same run (the baseline: no model at all).
 */
public final class ThroughputCommand {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar throughput [--seconds N] [--warmup N] [--report FILE.md]
                                                              [--cross-encoder MODEL.onnx TOKENIZER.json]
              --seconds        measured time per scorer (default 20)
              --warmup         unmeasured time per scorer first (default 5)
              --report         also write the table there (default: only print it)
              --cross-encoder  measure a cross-encoder too (no weights ship with Concord)""";

    private ThroughputCommand() {
    }

    public static void run(List<String> args) {
        double seconds = 20;
        double warmup = 5;
        Path report = null;
        Path crossModel = null;
        Path crossTokenizer = null;
        for (int i = 1; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--seconds" -> seconds = Double.parseDouble(value(args, ++i));
                case "--warmup" -> warmup = Double.parseDouble(value(args, ++i));
                case "--report" -> report = Path.of(value(args, ++i));
                case "--cross-encoder" -> {
                    crossModel = Path.of(value(args, ++i));
                    crossTokenizer = Path.of(value(args, ++i));
                }
                default -> fail("unknown option " + args.get(i));
            }
        }
        String loadBefore = loadAverage();
        List<QaItem> items = DataSet.builtIn();
        List<Measurement> results = new ArrayList<>();
        RoundSource rounds = new RoundSource(items);
        results.add(LoadDriver.measure("lexical", new LexicalOverlapScorer(), rounds, warmup, seconds, false));
        for (InJarModel model : InJarModel.values()) {
            Scorer scorer = new BiEncoderScorer(model.scorerId(), model.encoder(), model.calibration(),
                    new EmbeddingCache(4096));
            results.add(LoadDriver.measure(model.name().toLowerCase(Locale.ROOT), scorer, rounds, warmup, seconds, false));
            results.add(LoadDriver.measure(model.name().toLowerCase(Locale.ROOT) + " (cached)", scorer, rounds, warmup,
                    seconds, true));
        }
        if (crossModel != null) {
            CrossEncoderScorer cross = CrossEncoderScorer.open(crossModel, crossTokenizer);
            results.add(LoadDriver.measure("cross-encoder", cross, rounds, warmup, seconds, false));
        }
        String commandLine = "java -jar bench/target/bench.jar " + String.join(" ", args);
        String table = ThroughputReport.markdown(commandLine, results, loadBefore, loadAverage());
        System.out.print(table);
        if (report != null) {
            try {
                Files.createDirectories(report.toAbsolutePath().getParent());
                Files.writeString(report, table);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + report, e);
            }
        }
    }

    /** The 1-minute load average, as the OS reports it (unavailable on some systems). */
    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            fail(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
