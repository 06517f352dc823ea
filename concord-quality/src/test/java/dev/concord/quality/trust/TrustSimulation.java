package dev.concord.quality.trust;

import dev.concord.quality.aggregation.AggregationRule;
import dev.concord.quality.attack.EvaluatorAttack;
import dev.concord.quality.attack.ScoringContext;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * A small seeded world for trust tests: honest evaluators score a hidden true quality with Gaussian noise;
 * one attacker runs the given attack in the rounds the schedule says it attacks and is honest otherwise.
 * Consensus is the trust-weighted rule given, as in the protocol.
 */
final class TrustSimulation {

    static final String ATTACKER = "attacker";
    private static final int RESPONSES = 4;
    private static final List<String> NODES = List.of("n0", "n1", "n2", "n3");

    private final TrustRule rule;
    private final AggregationRule aggregation;
    private final int honestCount;
    private final EvaluatorAttack attack;
    private final SplittableRandom random;
    private Map<String, TrustState> states = new HashMap<>();

    TrustSimulation(TrustRule rule, AggregationRule aggregation, int honestCount, EvaluatorAttack attack, long seed) {
        this.rule = rule;
        this.attack = attack;
        this.aggregation = aggregation;
        this.honestCount = honestCount;
        this.random = new SplittableRandom(seed);
    }

    /** Plays {@code rounds} rounds; the attacker attacks in round r when {@code attacks.test(r)}. */
    Map<String, TrustState> play(int rounds, IntPredicate attacks) {
        for (int r = 0; r < rounds; r++) {
            double[] truth = random.doubles(RESPONSES, 1, 9).toArray();
            Map<String, double[]> sheets = new TreeMap<>();
            for (int h = 0; h < honestCount; h++) {
                sheets.put("honest-" + h, noisy(truth));
            }
            double[] attacker = noisy(truth);
            if (attacks.test(r)) {
                attacker = attack.score(ScoringContext.firstRound(NODES, attacker), random);
            }
            sheets.put(ATTACKER, attacker);
            double[] consensus = new double[RESPONSES];
            for (int f = 0; f < RESPONSES; f++) {
                double[] column = new double[sheets.size()];
                double[] weights = new double[sheets.size()];
                int m = 0;
                for (Map.Entry<String, double[]> sheet : sheets.entrySet()) {
                    column[m] = sheet.getValue()[f];
                    weights[m++] = states.getOrDefault(sheet.getKey(), rule.newcomer()).weight();
                }
                consensus[f] = aggregation.aggregate(column, weights);
            }
            SortedMap<String, TrustState> updated = rule.update(states, RoundScores.of(sheets, consensus));
            states = new HashMap<>(states);
            states.putAll(updated);
        }
        return states;
    }

    private double[] noisy(double[] truth) {
        double[] scores = new double[truth.length];
        for (int f = 0; f < truth.length; f++) {
            scores[f] = Math.max(0, Math.min(10, truth[f] + random.nextGaussian() * 0.8));
        }
        return scores;
    }

    double honestMinimum() {
        return states.entrySet().stream().filter(e -> !e.getKey().equals(ATTACKER))
                .mapToDouble(e -> e.getValue().weight()).min().orElseThrow();
    }

    double attackerWeight() {
        return states.get(ATTACKER).weight();
    }
}
