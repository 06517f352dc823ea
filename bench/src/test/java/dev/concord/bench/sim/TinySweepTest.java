package dev.concord.bench.sim;

import dev.concord.bench.CommandLine;
import dev.concord.bench.data.DataSet;
import dev.concord.bench.data.ResponseTable;
import dev.concord.bench.report.Report;
import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.scenario.ScenarioReader;
import dev.concord.bench.scoring.ScoreTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A few rounds of the whole grid on synthetic scores: every output appears and the grid behaves as specified. */
class TinySweepTest {

    private static final String SCENARIO = """
            {"rounds": 60, "seeds": [1, 2], "kValues": [3, 5], "maliciousRatios": [0, 0.3], "evaluators": 10,
             "focus": {"k": 5, "ratio": 0.3}}""";

    @TempDir
    static Path dir;
    static Scenario scenario;
    static List<CellResult> results;
    static ResponseTable table;

    @BeforeAll
    static void runTheSweep() {
        scenario = ScenarioReader.readString(SCENARIO, "tiny");
        table = ResponseTable.synthesize(DataSet.builtIn().subList(0, 30), scenario.nodes(), 7);
        ScoreTable scores = SyntheticScores.of(table, List.of("a", "b", "c"), 1.0, 3);
        List<String> progress = new ArrayList<>();
        results = Sweep.run(scenario, table, scores, 2, progress::add);
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("cells 40/40")), progress.toString());
        Path out = dir.resolve("results");
        String[] args = {"sweep", "--out", out.toString()};
        Report.write(CommandLine.parse(List.of(args)), args, scenario, 30, scores.quality(), results, 0.1, 1.0);
    }

    @Test
    void writesEveryOutput() throws Exception {
        Path out = dir.resolve("results");
        List<String> expected = new ArrayList<>(List.of("cells.csv", "cells-by-seed.csv", "cells.md", "rewards.csv",
                "scorers.csv", "rewards-vs-k.png"));
        for (var attack : scenario.attacks()) {
            expected.add("heatmap-" + attack.displayName() + ".png");
            expected.add("trust-weights-" + attack.displayName() + ".png");
        }
        for (String file : expected) {
            assertTrue(Files.size(out.resolve(file)) > 100, file);
        }
        String page = Files.readString(dir.resolve("results.md"));
        assertTrue(page.contains("java -jar bench/target/bench.jar sweep --out " + out), "the command comes first");
        assertTrue(page.contains("Concord's rule against its targets"));
        // header + (baseline + 9 attacks) per K, each with 10 chains
        assertEquals(1 + 2 * 10 * 10, Files.readAllLines(out.resolve("cells.csv")).size());
    }

    @Test
    void theSameSeedReplaysTheSameCell() {
        CellSpec cell = results.get(1).spec();
        CellResult again = new CellRun(scenario, table, SyntheticScores.of(table, List.of("a", "b", "c"), 1.0, 3))
                .run(cell);
        assertEquals(results.get(1).chains(), again.chains());
    }

    @Test
    void theOracleIsNotFooledByInverters() {
        for (CellResult result : results) {
            if (result.spec().attackLabel().equals("inverted")) {
                double oracle = result.chains().get(Scenario.ORACLE).pearson();
                assertTrue(oracle > result.chains().get("mean").pearson() + 0.1, result.toString());
            }
        }
    }

    @Test
    void equationTwentyOneSaturatesAtTheCeilingWhileAdaptiveSeparates() {
        for (CellResult result : results) {
            if (result.spec().attackLabel().equals("constant") && result.spec().k() == 5) {
                ChainResult paper = result.chains().get("weighted-mean/multiplicative");
                ChainResult concord = result.chains().get("weighted-mean/adaptive");
                assertTrue(paper.maliciousWeight() > 1.5, "Eq. 21 trusts the constant scorer: " + paper);
                assertTrue(concord.maliciousWeight() < concord.honestWeight(), concord.toString());
            }
        }
    }
}
