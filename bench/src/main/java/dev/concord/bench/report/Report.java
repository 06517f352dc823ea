package dev.concord.bench.report;

import dev.concord.bench.CommandLine;
import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.scoring.ScoreTable.ScorerQuality;
import dev.concord.bench.sim.CellResult;
import dev.concord.bench.sim.ChainResult;
import dev.concord.bench.sim.RewardSummary;
import dev.concord.quality.trust.MultiplicativeTrustRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Writes every output of a sweep: CSVs, the full Markdown grid, the charts, and the summary page. */
public final class Report {

    private Report() {
    }

    /**
     * @param args           the command line as typed, for the page's first line
     * @param scoringSeconds wall time of the answers, embeddings and scorer tables
     * @param totalSeconds   wall time up to the end of the grid
     */
    public static void write(CommandLine command, String[] args, Scenario scenario, int items,
                             List<ScorerQuality> scorers, List<CellResult> results, double scoringSeconds,
                             double totalSeconds) {
        Path out = command.out();
        try {
            Files.createDirectories(out);
            Files.createDirectories(command.results().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        Summary summary = new Summary(scenario, results);
        CsvTables.cells(out.resolve("cells.csv"), summary);
        CsvTables.cellsBySeed(out.resolve("cells-by-seed.csv"), summary);
        CsvTables.rewards(out.resolve("rewards.csv"), summary);
        CsvTables.scorers(out.resolve("scorers.csv"), scorers);
        CsvTables.write(out.resolve("cells.md"), List.of(GridPage.render(summary)));
        for (String attack : summary.attacks()) {
            Charts.heatmap(out.resolve("heatmap-" + fileName(attack) + ".png"), summary, attack, scenario.focus().k());
        }
        List<String> trustChains = trustChainsOfConcordRule(scenario);
        for (CellResult cell : results) {
            if (cell.spec().recordTrajectory() && cell.spec().seed() == scenario.seeds().get(0)) {
                Charts.trustWeights(out.resolve("trust-weights-" + fileName(cell.spec().attackLabel()) + ".png"), cell,
                        trustChains, scenario.trust().maxWeight());
            }
        }
        Charts.againstK(out.resolve("rewards-vs-k.png"),
                "Rewards per round against K, no attack, mean of " + scenario.seeds().size() + " seeds",
                scenario.kValues(), rewardPanels(summary));
        String page = ResultsPage.render(new ResultsPage.Inputs(command, args, summary, items, scorers, scoringSeconds,
                totalSeconds, command.results().toAbsolutePath().getParent().relativize(out.toAbsolutePath())));
        CsvTables.write(command.results(), List.of(page));
    }

    /** The Concord rule's aggregation under each trust rule, e.g. weighted-mean/multiplicative and /adaptive. */
    static List<String> trustChainsOfConcordRule(Scenario scenario) {
        String aggregation = scenario.concordRule().substring(0, scenario.concordRule().indexOf('/'));
        List<String> chains = new ArrayList<>();
        for (String trust : scenario.trustRules()) {
            chains.add(aggregation + "/" + trust);
        }
        return chains;
    }

    static String paperRule(Scenario scenario) {
        return scenario.concordRule().substring(0, scenario.concordRule().indexOf('/') + 1)
                + MultiplicativeTrustRule.NAME;
    }

    /** Statistic -> paid chain -> value per K, at ratio 0, mean over seeds. */
    static Map<String, Map<String, double[]>> rewardPanels(Summary summary) {
        Scenario s = summary.scenario();
        Map<String, ToDoubleFunction<RewardSummary>> statistics = new LinkedHashMap<>();
        statistics.put("evaluator payout/seat, mean", RewardSummary::evaluatorPayoutMean);
        statistics.put("evaluator payout/seat, variance", RewardSummary::evaluatorPayoutVar);
        statistics.put("evaluator payout/seat, coeff. of var.",
                r -> Math.sqrt(r.evaluatorPayoutVar()) / r.evaluatorPayoutMean());
        statistics.put("evaluator R_m, variance", RewardSummary::evaluatorRewardVar);
        statistics.put("inference payout/response, mean", RewardSummary::inferencePayoutMean);
        statistics.put("inference payout/response, variance", RewardSummary::inferencePayoutVar);
        Map<String, Map<String, double[]>> panels = new LinkedHashMap<>();
        for (Map.Entry<String, ToDoubleFunction<RewardSummary>> statistic : statistics.entrySet()) {
            Map<String, double[]> lines = new LinkedHashMap<>();
            for (String chain : paidChains(s)) {
                double[] values = new double[s.kValues().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = summary.spread("none", 0, s.kValues().get(i), chain,
                            r -> statistic.getValue().applyAsDouble(r.rewards())).mean();
                }
                lines.put(chain, values);
            }
            panels.put(statistic.getKey(), lines);
        }
        return panels;
    }

    static List<String> paidChains(Scenario scenario) {
        List<String> chains = new ArrayList<>();
        if (scenario.chainLabels().contains(paperRule(scenario)) && !paperRule(scenario).equals(scenario.concordRule())) {
            chains.add(paperRule(scenario));
        }
        chains.add(scenario.concordRule());
        return chains;
    }

    static ToDoubleFunction<ChainResult> reward(ToDoubleFunction<RewardSummary> statistic) {
        return r -> r.rewards() == null ? Double.NaN : statistic.applyAsDouble(r.rewards());
    }

    static String fileName(String label) {
        return label.replaceAll("[^A-Za-z0-9.-]", "_");
    }
}
