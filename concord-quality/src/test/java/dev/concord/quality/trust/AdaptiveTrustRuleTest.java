package dev.concord.quality.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.quality.aggregation.WeightedMeanRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AdaptiveTrustRuleTest {

    private final AdaptiveTrustRule rule = new AdaptiveTrustRule();
    private final TrustParameters bounds = TrustParameters.defaults();

    @Test
    void aRoundInWhichEveryoneDeviatesAlikeBlamesNoOne() {
        // Every evaluator is 3 points off the consensus on both responses: a hard prompt, not an attack.
        RoundScores round = RoundScores.of(Map.of(
                "a", new double[] {8, 2}, "b", new double[] {2, 8}, "c", new double[] {8, 8}),
                new double[] {5, 5});
        rule.update(Map.of(), round).values().forEach(state -> assertEquals(0, state.suspicion()));
    }

    @Test
    void anOutlierIsChargedAndANewcomerStartsAtThePrior() {
        RoundScores round = RoundScores.of(Map.of(
                "a", new double[] {5, 5}, "b", new double[] {5.2, 5}, "c", new double[] {4.9, 5.1},
                "d", new double[] {1, 9}), new double[] {5, 5});
        SortedMap<String, TrustState> next = rule.update(Map.of(), round);
        // d: deviation 0.4 against a median near 0.01 -> z far past the cap, charged 0.2 * 4.
        assertEquals(0.8, next.get("d").suspicion(), 1e-12);
        assertEquals(0, next.get("a").suspicion());
        // One round of evidence against a prior worth 10: w = (10/11) * 1 + (1/11) * 2 * exp(-s).
        assertEquals(10.0 / 11 + 2.0 / 11, next.get("a").weight(), 1e-12);
        assertEquals(10.0 / 11 + 2.0 / 11 * Math.exp(-0.8), next.get("d").weight(), 1e-12);
    }

    @Test
    void suspiciousEvaluatorsMovingTogetherAreChargedMore() {
        Map<String, double[]> sheets = new TreeMap<>();
        for (int h = 0; h < 5; h++) {
            sheets.put("honest-" + h, new double[] {5 + 0.1 * h, 5 - 0.1 * h, 5});
        }
        sheets.put("lone", new double[] {9, 1, 5});
        SortedMap<String, TrustState> alone = rule.update(Map.of(), RoundScores.of(sheets, new double[] {5, 5, 5}));
        sheets.put("partner", new double[] {9, 1.2, 5});
        SortedMap<String, TrustState> together = rule.update(Map.of(), RoundScores.of(sheets, new double[] {5, 5, 5}));
        assertEquals(2 * alone.get("lone").suspicion(), together.get("lone").suspicion(), 1e-12);
        assertTrue(together.get("partner").suspicion() > 0);
    }

    @Property(tries = 50)
    void weightStaysWithinBounds(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 10) Double> noise,
                                 @ForAll @IntRange(min = 2, max = 6) int evaluators) {
        Map<String, TrustState> states = new HashMap<>();
        for (int r = 0; r < noise.size(); r++) {
            Map<String, double[]> sheets = new TreeMap<>();
            for (int m = 0; m < evaluators; m++) {
                // Evaluator m is m * noise points off in round r: some far out, some exact.
                double off = Math.min(10, m * noise.get(r) / evaluators);
                sheets.put("e" + m, new double[] {off, 10 - off});
            }
            states.putAll(rule.update(states, RoundScores.of(sheets, new double[] {0, 10})));
            states.values().forEach(state -> assertTrue(
                    state.weight() >= bounds.minWeight() && state.weight() <= bounds.maxWeight(), state.toString()));
        }
    }

    @Test
    void honestEvaluatorsDoNotAllSaturateAtTheCeiling() {
        TrustSimulation world = new TrustSimulation(rule, new WeightedMeanRule(), 6, 7);
        Map<String, TrustState> states = world.play(400, round -> false);
        long atCeiling = states.values().stream().filter(s -> s.weight() == bounds.maxWeight()).count();
        assertTrue(atCeiling < states.size(), "every honest evaluator reached w_max");
        assertTrue(world.honestMinimum() > bounds.initialWeight(), "honest weight " + world.honestMinimum());
    }

    @Test
    void anIntermittentInverterIsRememberedWhereEq21ForgivesIt() {
        // Attacks in 30% of the first 300 rounds (every round whose index is 0, 3 or 6 mod 10), then behaves.
        TrustSimulation adaptive = new TrustSimulation(rule, new WeightedMeanRule(), 6, 11);
        TrustSimulation eq21 = new TrustSimulation(new MultiplicativeTrustRule(), new WeightedMeanRule(), 6, 11);
        adaptive.play(300, round -> round % 10 % 3 == 0 && round % 10 < 9);
        eq21.play(300, round -> round % 10 % 3 == 0 && round % 10 < 9);

        assertTrue(adaptive.attackerWeight() < 0.3 * adaptive.honestMinimum(),
                adaptive.attackerWeight() + " vs honest " + adaptive.honestMinimum());
        // Eq. 21 gives the inverter (deviation well under 0.5) the same ceiling as the honest evaluators.
        assertEquals(bounds.maxWeight(), eq21.attackerWeight(), 0.05);

        adaptive.play(30, round -> false);
        eq21.play(30, round -> false);
        assertTrue(adaptive.attackerWeight() < 0.5 * adaptive.honestMinimum(),
                "forgiven too soon: " + adaptive.attackerWeight());
    }

    @Test
    void updatesAreDeterministicAndIgnoreTheCallersMapOrder() {
        Map<String, double[]> sheets = new HashMap<>();
        for (int m = 0; m < 9; m++) {
            sheets.put("e" + (char) ('z' - m), new double[] {m, 10 - m, 5});
        }
        double[] consensus = {4, 6, 5};
        SortedMap<String, TrustState> first = rule.update(Map.of(), RoundScores.of(sheets, consensus));
        SortedMap<String, TrustState> second = rule.update(new TreeMap<>(), RoundScores.of(new TreeMap<>(sheets), consensus));
        assertEquals(first, second);
    }
}
