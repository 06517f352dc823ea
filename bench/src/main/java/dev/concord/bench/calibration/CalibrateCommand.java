package dev.concord.bench.calibration;

import dev.concord.bench.data.DataSet;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.scoring.Calibration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code calibrate [--resources DIR] [--report FILE] [--seed N]}: refits every calibrated scorer's curve on
 * model-sim's corpus (every item answered in every quality tier, ground truth 10 x token F1 against the reference),
 * writes one {@code <name>.json} per scorer into the resources of concord-scoring, where the scorers load it, and a
 * report of each scorer's agreement with the ground truth before and after.
 */
public final class CalibrateCommand {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar calibrate [--resources DIR] [--report FILE.md] [--seed N]
              --resources  where the fitted curves go (default: concord-scoring/src/main/resources/calibration)
              --report     the report (default: docs/calibration.md)
              --seed       seed of the synthesized answers (default: 7)""";

    private CalibrateCommand() {
    }

    public static void run(List<String> args) {
        Path resources = Path.of("concord-scoring/src/main/resources/calibration");
        Path report = Path.of("docs/calibration.md");
        long seed = 7;
        for (int i = 1; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                fail(args.get(i) + " needs a value");
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--resources" -> resources = Path.of(value);
                case "--report" -> report = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> fail("unknown option " + args.get(i));
            }
        }
        long start = System.nanoTime();
        List<QaItem> items = DataSet.builtIn();
        CorpusAnswers set = CorpusAnswers.of(items, seed);
        log("%d items x %d tiers = %d answers", items.size(), set.answers().size() / items.size(), set.answers().size());
        List<CalibrationResult> results = new ArrayList<>();
        for (RawScorer scorer : RawScorer.values()) {
            CalibrationResult result = CalibrationResult.fit(scorer, set, seed, CalibrateCommand::log);
            write(resources.resolve(scorer.calibrationName() + ".json"), result.calibration().toJson() + "\n");
            results.add(result);
            log("%s: %d knots, Pearson %.3f -> %.3f (held out %.3f)", scorer.scorerId(),
                    result.calibration().knots().size(), result.before().pearson(), result.after().pearson(),
                    result.heldOut().pearson());
        }
        String commandLine = "java -jar bench/target/bench.jar " + String.join(" ", args);
        write(report, CalibrationReport.markdown(commandLine, items.size(), set, results,
                (System.nanoTime() - start) / 1e9));
        log("wrote %s and %d calibrations in %s", report, results.size(), resources);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }

    static void log(String format, Object... values) {
        System.err.println("[calibrate] " + String.format(Locale.ROOT, format, values));
    }

    private static void log(String line) {
        System.err.println("[calibrate] " + line);
    }
}
