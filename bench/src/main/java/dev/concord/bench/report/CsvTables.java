package dev.concord.bench.report;

import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.scoring.ScoreTable.ScorerQuality;
import dev.concord.bench.sim.CellResult;
import dev.concord.bench.sim.ChainResult;
import dev.concord.bench.sim.RewardSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The machine-readable outputs: one CSV per table, every number the pages show and more. */
final class CsvTables {

    private CsvTables() {
    }

    /** Per cell and rule, aggregated over seeds (mean and sample sd). */
    static void cells(Path file, Summary summary) {
        Scenario s = summary.scenario();
        List<String> lines = new ArrayList<>();
        lines.add("attack,malicious_ratio,k,rule,seeds,pearson_mean,pearson_sd,spearman_mean,spearman_sd,"
                + "fraction_of_oracle_mean,fraction_of_oracle_sd,fraction_of_no_attack_mean,detection_auc_mean,"
                + "detection_auc_sd,honest_at_wmax,malicious_at_wmax,honest_weight,malicious_weight");
        for (String attack : cellAttacks(summary)) {
            for (double ratio : s.maliciousRatios()) {
                if ((ratio == 0) != attack.equals("none")) {
                    continue;
                }
                for (int k : s.kValues()) {
                    for (String rule : s.chainLabels()) {
                        Spread pearson = summary.spread(attack, ratio, k, rule, ChainResult::pearson);
                        Spread spearman = summary.spread(attack, ratio, k, rule, ChainResult::spearman);
                        Spread oracle = summary.fractionOfOracle(attack, ratio, k, rule);
                        Spread auc = summary.spread(attack, ratio, k, rule, ChainResult::auc);
                        lines.add(String.join(",", attack, num(ratio), String.valueOf(k), rule,
                                String.valueOf(pearson.n()), num(pearson.mean()), num(pearson.sd()),
                                num(spearman.mean()), num(spearman.sd()), num(oracle.mean()), num(oracle.sd()),
                                num(summary.fractionOfBaseline(attack, ratio, k, rule).mean()),
                                num(auc.mean()), num(auc.sd()),
                                num(summary.spread(attack, ratio, k, rule, ChainResult::honestAtMax).mean()),
                                num(summary.spread(attack, ratio, k, rule, ChainResult::maliciousAtMax).mean()),
                                num(summary.spread(attack, ratio, k, rule, ChainResult::honestWeight).mean()),
                                num(summary.spread(attack, ratio, k, rule, ChainResult::maliciousWeight).mean())));
                    }
                }
            }
        }
        write(file, lines);
    }

    /** Every seed's raw numbers, so any aggregate above can be recomputed. */
    static void cellsBySeed(Path file, Summary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("attack,malicious_ratio,k,seed,rule,pearson,spearman,detection_auc,honest_at_wmax,malicious_at_wmax,"
                + "honest_weight,malicious_weight");
        for (CellResult result : summary.results()) {
            for (Map.Entry<String, ChainResult> chain : result.chains().entrySet()) {
                ChainResult c = chain.getValue();
                lines.add(String.join(",", result.spec().attackLabel(), num(result.spec().ratio()),
                        String.valueOf(result.spec().k()), String.valueOf(result.spec().seed()), chain.getKey(),
                        num(c.pearson()), num(c.spearman()), num(c.auc()), num(c.honestAtMax()),
                        num(c.maliciousAtMax()), num(c.honestWeight()), num(c.maliciousWeight())));
            }
        }
        write(file, lines);
    }

    /** Per paid chain and cell and seed: RewardCalculator's payouts summarised. */
    static void rewards(Path file, Summary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("attack,malicious_ratio,k,seed,rule,evaluator_payout_mean,evaluator_payout_var,evaluator_reward_mean,"
                + "evaluator_reward_var,inference_payout_mean,inference_payout_var,attacker_reward_share,"
                + "attacker_population_share");
        for (CellResult result : summary.results()) {
            for (Map.Entry<String, ChainResult> chain : result.chains().entrySet()) {
                RewardSummary r = chain.getValue().rewards();
                if (r != null) {
                    lines.add(String.join(",", result.spec().attackLabel(), num(result.spec().ratio()),
                            String.valueOf(result.spec().k()), String.valueOf(result.spec().seed()), chain.getKey(),
                            num(r.evaluatorPayoutMean()), num(r.evaluatorPayoutVar()), num(r.evaluatorRewardMean()),
                            num(r.evaluatorRewardVar()), num(r.inferencePayoutMean()), num(r.inferencePayoutVar()),
                            num(r.attackerShare()), num(r.populationShare())));
                }
            }
        }
        write(file, lines);
    }

    static void scorers(Path file, List<ScorerQuality> quality) {
        List<String> lines = new ArrayList<>();
        lines.add("scorer,input,pearson_with_ground_truth,spearman_with_ground_truth,mean_score,"
                + String.join(",", quality.get(0).meanByTier().keySet().stream().map(t -> "mean_" + t).toList()));
        for (ScorerQuality q : quality) {
            List<String> cells = new ArrayList<>(List.of(q.scorer(), '"' + q.input() + '"', num(q.pearson()),
                    num(q.spearman()), num(q.meanScore())));
            q.meanByTier().values().forEach(v -> cells.add(num(v)));
            lines.add(String.join(",", cells));
        }
        write(file, lines);
    }

    /** "none" (the baseline) first, then the scenario's attacks. */
    static List<String> cellAttacks(Summary summary) {
        List<String> attacks = new ArrayList<>();
        attacks.add("none");
        attacks.addAll(summary.attacks());
        return attacks;
    }

    static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
