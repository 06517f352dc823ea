package dev.concord.bench.sim;

import dev.concord.bench.data.ResponseTable;
import dev.concord.bench.scenario.AttackFactory;
import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.scoring.HonestScoreSource;
import dev.concord.quality.aggregation.AggregationRules;
import dev.concord.quality.attack.EvaluatorAttack;
import dev.concord.quality.attack.ScoringContext;
import dev.concord.quality.metrics.Correlation;
import dev.concord.quality.metrics.RocAuc;
import dev.concord.quality.reward.EvaluatorOutcome;
import dev.concord.quality.trust.AdaptiveTrustParameters;
import dev.concord.quality.trust.AdaptiveTrustRule;
import dev.concord.quality.trust.MultiplicativeTrustRule;
import dev.concord.quality.trust.RoundScores;
import dev.concord.quality.trust.TrustParameters;
import dev.concord.quality.trust.TrustRule;
import dev.concord.quality.trust.TrustState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Plays one cell: {@code rounds} prompts, each answered by a sample of nodes and scored by a sample of K
 * evaluators, and every chain (rule x trust rule, and the oracle) reaches its own consensus on the same sheets.
 *
 * <p>Common random numbers: the rounds (prompt, nodes, panel, honest noise) depend on (seed, K, ratio) only, so the
 * attacks of a row see the same rounds; the attack's own draws come from one seed per round shared by all chains,
 * so the rules of a cell differ by nothing but the rule.
 */
public final class CellRun {

    /** Points kept on a recorded trust-weight path. */
    private static final int TRAJECTORY_POINTS = 200;

    private final Scenario scenario;
    private final ResponseTable table;
    private final HonestScoreSource scores;

    public CellRun(Scenario scenario, ResponseTable table, HonestScoreSource scores) {
        this.scenario = scenario;
        this.table = table;
        this.scores = scores;
    }

    public CellResult run(CellSpec cell) {
        boolean sybil = cell.attack() != null && cell.attack().name().equals(AttackFactory.SYBIL);
        Population population = Population.draw(scenario.evaluators(), scenario.maliciousCount(cell.ratio()),
                scores.scorerNames().size(), scenario.honestNoise().min(), scenario.honestNoise().max(), sybil,
                Sampling.mix(cell.seed(), Double.doubleToLongBits(cell.ratio())));
        EvaluatorAttack attack = cell.attack() == null ? null : AttackFactory.behaviour(cell.attack());
        Set<String> attackers = new HashSet<>();
        population.members().stream().filter(Evaluator::malicious).forEach(e -> attackers.add(e.id()));
        List<Chain> chains = chains(cell, attackers);

        int n = scenario.responsesPerRound();
        int k = cell.k();
        double[] truth = new double[scenario.rounds() * n];
        long[] nodeCosts = new long[n];
        Map<String, List<CellResult.WeightPoint>> paths = new LinkedHashMap<>();
        int stride = Math.max(1, scenario.rounds() / TRAJECTORY_POINTS);
        SplittableRandom random = new SplittableRandom(
                Sampling.mix(cell.seed(), k, Double.doubleToLongBits(cell.ratio())));
        for (int round = 0; round < scenario.rounds(); round++) {
            int item = random.nextInt(table.items().size());
            int[] nodes = Sampling.sample(random, table.nodes().size(), n);
            int[] panel = Sampling.sample(random, population.size(), k);
            List<String> nodeIds = new ArrayList<>(n);
            for (int f = 0; f < n; f++) {
                nodeIds.add(table.nodes().get(nodes[f]).id());
                nodeCosts[f] = table.nodes().get(nodes[f]).cost();
                truth[round * n + f] = table.truth(item, nodes[f]);
            }
            double[][] honest = new double[k][n];
            for (int m = 0; m < k; m++) {
                Evaluator evaluator = population.get(panel[m]);
                for (int f = 0; f < n; f++) {
                    double score = scores.score(evaluator.scorer(), item, nodes[f])
                            + evaluator.noise() * random.nextGaussian();
                    honest[m][f] = Math.max(0, Math.min(10, score));
                }
            }
            long attackSeed = random.nextLong();
            for (Chain chain : chains) {
                play(chain, round, population, panel, honest, nodeIds, nodeCosts, attack, sybil, attackSeed);
            }
            if (cell.recordTrajectory() && (round + 1) % stride == 0) {
                record(chains, population, round + 1, paths);
            }
        }
        Map<String, ChainResult> results = new LinkedHashMap<>();
        for (Chain chain : chains) {
            results.put(chain.label, result(chain, truth, population));
        }
        return new CellResult(cell, results, paths);
    }

    private List<Chain> chains(CellSpec cell, Set<String> attackers) {
        int pairs = scenario.rounds() * scenario.responsesPerRound();
        String concord = scenario.concordRule();
        String paper = concord.substring(0, concord.indexOf('/') + 1) + MultiplicativeTrustRule.NAME;
        List<Chain> chains = new ArrayList<>();
        for (String label : scenario.chainLabels()) {
            RewardTally tally = cell.paid() && (label.equals(concord) || label.equals(paper))
                    ? new RewardTally(scenario.fee(), attackers, cell.ratio()) : null;
            if (label.equals(Scenario.ORACLE)) {
                chains.add(new Chain(label, null, null, tally, pairs));
            } else if (label.contains("/")) {
                String[] parts = label.split("/");
                chains.add(new Chain(label, AggregationRules.byName(parts[0]), trustRule(parts[1]), tally, pairs));
            } else {
                chains.add(new Chain(label, AggregationRules.byName(label), null, tally, pairs));
            }
        }
        return chains;
    }

    /** The scenario's bounds for both rules; the adaptive rule's other parameters stay at their defaults. */
    private TrustRule trustRule(String name) {
        TrustParameters bounds = scenario.trust().parameters();
        if (name.equals(MultiplicativeTrustRule.NAME)) {
            return new MultiplicativeTrustRule(bounds);
        }
        return new AdaptiveTrustRule(AdaptiveTrustParameters.defaults().withBounds(bounds));
    }

    private void play(Chain chain, int round, Population population, int[] panel, double[][] honest,
                      List<String> nodeIds, long[] nodeCosts, EvaluatorAttack attack, boolean sybil, long attackSeed) {
        int k = panel.length;
        int n = nodeIds.size();
        SplittableRandom attackRandom = new SplittableRandom(attackSeed);
        double[][] sheets = new double[k][];
        double[] sybilSheet = null;
        for (int m = 0; m < k; m++) {
            Evaluator evaluator = population.get(panel[m]);
            if (!evaluator.malicious()) {
                sheets[m] = honest[m];
            } else if (sybil) {
                // One operator forms one opinion per round and every identity it has on the panel submits it.
                if (sybilSheet == null) {
                    sybilSheet = attack.score(new ScoringContext(nodeIds, honest[m], chain.previousConsensus),
                            attackRandom);
                }
                sheets[m] = sybilSheet;
            } else {
                sheets[m] = attack.score(new ScoringContext(nodeIds, honest[m], chain.previousConsensus), attackRandom);
            }
        }
        double[] consensus = new double[n];
        double[] weights = new double[k];
        for (int m = 0; m < k; m++) {
            weights[m] = chain.weight(population.get(panel[m]).id());
        }
        double[] column = new double[k];
        boolean[] honestMembers = new boolean[k];
        for (int m = 0; m < k; m++) {
            honestMembers[m] = !population.get(panel[m]).malicious();
        }
        for (int f = 0; f < n; f++) {
            for (int m = 0; m < k; m++) {
                column[m] = sheets[m][f];
            }
            consensus[f] = chain.oracle ? OracleRule.aggregate(column, honestMembers) : chain.rule.aggregate(column, weights);
        }
        System.arraycopy(consensus, 0, chain.consensus, round * n, n);
        Map<String, Double> published = new HashMap<>();
        for (int f = 0; f < n; f++) {
            published.put(nodeIds.get(f), consensus[f]);
        }
        chain.previousConsensus = published;

        Map<String, double[]> byEvaluator = new TreeMap<>();
        for (int m = 0; m < k; m++) {
            byEvaluator.put(population.get(panel[m]).id(), sheets[m]);
        }
        RoundScores roundScores = chain.trust != null || chain.rewards != null
                ? RoundScores.of(byEvaluator, consensus) : null;
        if (chain.trust != null) {
            chain.states.putAll(chain.trust.update(chain.states, roundScores));
        }
        if (chain.rewards != null) {
            List<EvaluatorOutcome> evaluators = new ArrayList<>(k);
            for (String id : byEvaluator.keySet()) {
                double trust = chain.trust == null ? 1.0 : chain.states.get(id).weight();
                evaluators.add(new EvaluatorOutcome(id, roundScores.deviation(id), scenario.evaluatorCost(), trust));
            }
            chain.rewards.pay(RewardTally.inferenceOutcomes(nodeIds, consensus, nodeCosts), evaluators);
        }
    }

    private static void record(List<Chain> chains, Population population, int round,
                               Map<String, List<CellResult.WeightPoint>> paths) {
        for (Chain chain : chains) {
            if (chain.trust != null) {
                double[] means = meanWeights(chain, population);
                paths.computeIfAbsent(chain.label, l -> new ArrayList<>())
                        .add(new CellResult.WeightPoint(round, means[0], means[1]));
            }
        }
    }

    /** [honest mean, malicious mean] of the current weights, newcomers at w_0. */
    private static double[] meanWeights(Chain chain, Population population) {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (Evaluator evaluator : population.members()) {
            int group = evaluator.malicious() ? 1 : 0;
            sums[group] += chain.weight(evaluator.id());
            counts[group]++;
        }
        return new double[]{sums[0] / counts[0], counts[1] == 0 ? Double.NaN : sums[1] / counts[1]};
    }

    private ChainResult result(Chain chain, double[] truth, Population population) {
        double pearson = Correlation.pearson(chain.consensus, truth);
        double spearman = Correlation.spearman(chain.consensus, truth);
        RewardSummary rewards = chain.rewards == null ? null : chain.rewards.summary();
        if (chain.trust == null) {
            return new ChainResult(pearson, spearman, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    rewards);
        }
        double maxWeight = scenario.trust().maxWeight();
        int size = population.size();
        double[] weights = new double[size];
        boolean[] honest = new boolean[size];
        int[] atMax = new int[2];
        int[] counts = new int[2];
        for (int m = 0; m < size; m++) {
            Evaluator evaluator = population.get(m);
            TrustState state = chain.states.getOrDefault(evaluator.id(), chain.trust.newcomer());
            weights[m] = state.weight();
            honest[m] = !evaluator.malicious();
            int group = evaluator.malicious() ? 1 : 0;
            counts[group]++;
            if (state.weight() >= maxWeight - 1e-9) {
                atMax[group]++;
            }
        }
        double[] means = meanWeights(chain, population);
        boolean attacked = counts[1] > 0;
        return new ChainResult(pearson, spearman, attacked ? RocAuc.of(weights, honest) : Double.NaN,
                (double) atMax[0] / counts[0], attacked ? (double) atMax[1] / counts[1] : Double.NaN,
                means[0], means[1], rewards);
    }
}
