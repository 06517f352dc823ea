package dev.concord.bench;

import dev.concord.bench.calibration.CalibrateCommand;
import dev.concord.bench.data.DataSet;
import dev.concord.bench.data.ResponseTable;
import dev.concord.bench.report.Report;
import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.scenario.ScenarioReader;
import dev.concord.bench.scoring.ScoreTable;
import dev.concord.bench.throughput.ThroughputCommand;
import dev.concord.bench.sim.CellResult;
import dev.concord.bench.sim.Sweep;
import dev.concord.modelsim.corpus.QaItem;

import java.util.List;
import java.util.Locale;

/** The paper-reproduction sweep: {@code java -jar bench.jar sweep [options]} (see {@link CommandLine#USAGE}). */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("calibrate")) { CalibrateCommand.run(List.of(args)); return; }
        if (args.length > 0 && args[0].equals("throughput")) { ThroughputCommand.run(List.of(args)); return; }
        CommandLine command;
        Scenario scenario;
        List<QaItem> items;
        try {
            command = CommandLine.parse(List.of(args));
            scenario = command.scenario() == null ? ScenarioReader.defaults() : ScenarioReader.read(command.scenario());
            items = command.data() == null ? DataSet.builtIn() : DataSet.load(command.data());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        log("%d items, %d seeds x %d K x (1 + %d attacks x %d ratios) cells of %d rounds, %d threads", items.size(),
                scenario.seeds().size(), scenario.kValues().size(), scenario.attacks().size(),
                scenario.maliciousRatios().size() - 1, scenario.rounds(), command.threads());
        ResponseTable table = ResponseTable.synthesize(items, scenario.nodes(), scenario.responseSeed());
        ScoreTable scores = ScoreTable.fromModels(table, scenario.scorers(), command.cache(), BenchMain::log);
        double scoringSeconds = (System.nanoTime() - start) / 1e9;
        List<CellResult> results = Sweep.run(scenario, table, scores, command.threads(), BenchMain::log);
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        Report.write(command, args, scenario, items.size(), scores.quality(), results, scoringSeconds, totalSeconds);
        log("done in %.0f s (scoring %.0f s); wrote %s and %s", totalSeconds, scoringSeconds, command.out(),
                command.results());
    }

    private static void log(String format, Object... values) {
        log(String.format(Locale.ROOT, format, values));
    }

    private static void log(String line) {
        System.err.println("[bench] " + line);
    }
}
