package dev.concord.bench.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one sweep runs, read from JSON ({@link ScenarioReader}); see bench/scenarios/default.json.
 *
 * @param rounds            rounds per cell (one prompt per round)
 * @param seeds             one full grid per seed; tables give the mean and spread over seeds
 * @param responseSeed      seeds the answer texts, fixed across sweep seeds so the embedding cache stays valid
 * @param kValues           evaluators sampled per round
 * @param maliciousRatios   fractions of the evaluator population that attack; must include 0 (the baseline)
 * @param evaluators        the evaluator population size
 * @param responsesPerRound inference nodes sampled per round
 * @param nodes             the inference nodes
 * @param attacks           the evaluator attacks of the grid
 * @param aggregationRules  aggregation rules; weighted ones run once per trust rule
 * @param trustRules        trust rules
 * @param trust             bounds shared by both trust rules
 * @param concordRule       the chain the targets are checked on, as "aggregation/trust"
 * @param honestNoise       per-evaluator noise on top of its scorer
 * @param scorers           honest scorer kinds, assigned round-robin to evaluators (minilm, bge, lexical)
 * @param fee               fee per round, in the smallest money unit, for the reward calculation
 * @param evaluatorCost     each evaluator's cost per round (all equal: the evaluator reward then ranks by deviation)
 * @param focus             the cell the report details
 */
public record Scenario(int rounds, List<Long> seeds, long responseSeed, List<Integer> kValues,
                       List<Double> maliciousRatios, int evaluators, int responsesPerRound, List<NodeSpec> nodes,
                       List<AttackSpec> attacks, List<String> aggregationRules, List<String> trustRules,
                       TrustBounds trust, String concordRule, HonestNoise honestNoise, List<String> scorers,
                       long fee, long evaluatorCost, Focus focus) {

    /** The plain rules ignore trust weights, so they run once, not once per trust rule. */
    public static final List<String> UNWEIGHTED_RULES = List.of("mean", "median", "trimmed-mean");
    /** The mean of the honest evaluators only: the limit no real rule can beat. */
    public static final String ORACLE = "oracle";

    public Scenario {
        seeds = List.copyOf(seeds);
        kValues = List.copyOf(kValues);
        maliciousRatios = List.copyOf(maliciousRatios);
        nodes = List.copyOf(nodes);
        attacks = List.copyOf(attacks);
        aggregationRules = List.copyOf(aggregationRules);
        trustRules = List.copyOf(trustRules);
        scorers = List.copyOf(scorers);
    }

    /** Chain labels in table order: plain rules, then each weighted rule with each trust rule, then the oracle. */
    public List<String> chainLabels() {
        List<String> labels = new ArrayList<>();
        for (String rule : aggregationRules) {
            if (UNWEIGHTED_RULES.contains(rule)) {
                labels.add(rule);
            }
        }
        for (String rule : aggregationRules) {
            if (!UNWEIGHTED_RULES.contains(rule)) {
                for (String trustRule : trustRules) {
                    labels.add(rule + "/" + trustRule);
                }
            }
        }
        labels.add(ORACLE);
        return labels;
    }

    public int maliciousCount(double ratio) {
        return (int) Math.round(ratio * evaluators);
    }
}
