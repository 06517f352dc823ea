package dev.concord.quality.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.quality.aggregation.WeightedMeanRule;
import dev.concord.quality.attack.BoostingAttack;
import dev.concord.quality.attack.ConstantAttack;
import dev.concord.quality.attack.InvertedAttack;
import dev.concord.quality.attack.SabotageAttack;
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

    private static final double[] RISING = {2, 5, 8};
    private static final double[] FALLING = {8, 5, 2};

    private final AdaptiveTrustRule rule = new AdaptiveTrustRule();
    private final TrustParameters bounds = TrustParameters.defaults();

    @Test
    void aRoundInWhichEveryoneDeviatesAlikeBlamesNoOne() {
        // All three rank the responses alike but sit far from the consensus: a hard prompt, not an attack.
        RoundScores round = RoundScores.of(Map.of("a", RISING, "b", RISING, "c", RISING), new double[] {5, 5, 5});
        for (TrustState state : rule.update(Map.of(), round).values()) {
            assertEquals(0, state.suspicion());
            assertEquals(0.2, state.lastDeviation(), 1e-12);
            assertEquals(0.03, state.agreement(), 1e-12);       // 0 + 0.03 * (1 - 0)
        }
    }

    @Test
    void anInverterIsChargedAndANewcomerStartsAtThePrior() {
        Map<String, double[]> sheets = new TreeMap<>(Map.of(
                "a", RISING, "b", RISING, "c", RISING, "d", RISING, "inverter", FALLING));
        SortedMap<String, TrustState> next = rule.update(Map.of(), RoundScores.of(sheets, RISING));
        // Honest rho = 1 (others' mean 3.5, 5, 6.5), the inverter's -1. Median 1, MAD 0 -> scale floor 0.1:
        // z = 20, excess capped at 4, charge 0.05 * 4 = 0.2.
        TrustState inverter = next.get("inverter");
        assertEquals(0.2, inverter.suspicion(), 1e-12);
        assertEquals(-0.03, inverter.agreement(), 1e-12);
        // One round against a prior worth 10 rounds: w = (10/11) * w0 + (1/11) * earned.
        // Inverter: agreement < 0 earns nothing. Honest: agreement 0.03 of the full 0.3 earns 2 * 0.1.
        assertEquals(10.0 / 11, inverter.weight(), 1e-12);
        assertEquals(10.0 / 11 + 0.2 / 11, next.get("a").weight(), 1e-12);
        assertEquals(0, next.get("a").suspicion());
    }

    @Test
    void suspiciousEvaluatorsMovingTogetherAreChargedMore() {
        Map<String, double[]> sheets = new TreeMap<>();
        for (int h = 0; h < 5; h++) {
            sheets.put("honest-" + h, RISING);
        }
        sheets.put("lone", FALLING);
        SortedMap<String, TrustState> alone = rule.update(Map.of(), RoundScores.of(sheets, RISING));
        sheets.put("partner", new double[] {8, 5, 2.5});
        SortedMap<String, TrustState> together = rule.update(Map.of(), RoundScores.of(sheets, RISING));
        assertEquals(0.2, alone.get("lone").suspicion(), 1e-12);
        assertEquals(0.4, together.get("lone").suspicion(), 1e-12);
        assertEquals(0.4, together.get("partner").suspicion(), 1e-12);
    }

    @Property(tries = 50)
    void weightStaysWithinBounds(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 10) Double> noise,
                                 @ForAll @IntRange(min = 2, max = 6) int evaluators) {
        Map<String, TrustState> states = new HashMap<>();
        for (int r = 0; r < noise.size(); r++) {
            Map<String, double[]> sheets = new TreeMap<>();
            for (int m = 0; m < evaluators; m++) {
                // Evaluator m is m * noise / evaluators points off in round r: some far out, some exact.
                double off = Math.min(10, m * noise.get(r) / evaluators);
                sheets.put("e" + m, new double[] {off, 10 - off, 5});
            }
            states.putAll(rule.update(states, RoundScores.of(sheets, new double[] {0, 10, 5})));
            states.values().forEach(state -> assertTrue(
                    state.weight() >= bounds.minWeight() && state.weight() <= bounds.maxWeight(), state.toString()));
        }
    }

    @Test
    void aConstantScorerLosesTrustWhereEq21LiftsItToTheCeiling() {
        TrustSimulation adaptive = new TrustSimulation(rule, new WeightedMeanRule(), 6, new ConstantAttack(), 7);
        TrustSimulation eq21 = new TrustSimulation(new MultiplicativeTrustRule(), new WeightedMeanRule(), 6,
                new ConstantAttack(), 7);
        adaptive.play(300, round -> true);
        eq21.play(300, round -> true);
        assertEquals(bounds.maxWeight(), eq21.attackerWeight(), 1e-9);
        assertEquals(bounds.minWeight(), adaptive.attackerWeight(), 1e-9);
        assertTrue(adaptive.honestMinimum() > bounds.initialWeight(), "honest weight " + adaptive.honestMinimum());
    }

    @Test
    void anIntermittentInverterIsRememberedWhereEq21ForgivesIt() {
        // Attacks in 30% of the first 300 rounds (indices 0, 3 and 6 of every 10), then behaves.
        TrustSimulation adaptive = new TrustSimulation(rule, new WeightedMeanRule(), 6, new InvertedAttack(), 11);
        TrustSimulation eq21 = new TrustSimulation(new MultiplicativeTrustRule(), new WeightedMeanRule(), 6,
                new InvertedAttack(), 11);
        adaptive.play(300, round -> round % 10 % 3 == 0 && round % 10 < 9);
        eq21.play(300, round -> round % 10 % 3 == 0 && round % 10 < 9);

        assertTrue(adaptive.attackerWeight() < 0.3 * adaptive.honestMinimum(),
                adaptive.attackerWeight() + " vs honest " + adaptive.honestMinimum());
        // Eq. 21 gives the inverter (deviation well under 0.5) the same ceiling as the honest evaluators.
        assertEquals(bounds.maxWeight(), eq21.attackerWeight(), 0.05);

        adaptive.play(30, round -> false);
        assertTrue(adaptive.attackerWeight() < 0.5 * adaptive.honestMinimum(),
                "forgiven too soon: " + adaptive.attackerWeight());
    }

    @Test
    void theLevelOffsetIsMeasuredAgainstTheRoundsMedianSheet() {
        // Sheet means 5, 5, 5, 7: the median sheet mean is 5, so the high scorer is 2 points off and the others 0.
        Map<String, double[]> sheets = Map.of("a", RISING, "b", RISING, "c", RISING, "high", new double[] {5, 8, 8});
        SortedMap<String, TrustState> next = rule.update(Map.of(), RoundScores.of(sheets, RISING));
        assertEquals(0.05 * 2, next.get("high").bias(), 1e-12);  // 0 + biasRate * (2 - 0)
        assertEquals(0, next.get("a").bias(), 1e-12);
        // A round in which everyone scores 3 points lower moves no one's level.
        Map<String, double[]> lower = Map.of("a", new double[] {0, 2, 5}, "b", new double[] {0, 2, 5},
                "c", new double[] {0, 2, 5});
        rule.update(Map.of(), RoundScores.of(lower, new double[] {0, 2, 5}))
                .values().forEach(state -> assertEquals(0, state.bias(), 1e-12));
    }

    @Test
    void aLevelWithinTheToleranceCostsNothingAndBeyondItTheWeightFallsByEPerScale() {
        // Full agreement, no suspicion, long record: the earned weight is w_max times the level factor.
        long rounds = 1_000_000_000L;
        assertEquals(2.0, rule.weight(rounds, 0, 0.3, 0.9), 1e-6);
        assertEquals(2.0, rule.weight(rounds, 0, 0.3, -1.0), 1e-6);
        assertEquals(2.0 * Math.exp(-1), rule.weight(rounds, 0, 0.3, 1.5), 1e-6);   // (1.5 - 1.0) / 0.5 = 1
        assertEquals(bounds.minWeight(), rule.weight(rounds, 0, 0.3, -3.0), 1e-6);  // 2 e^-4 < w_min
    }

    @Test
    void uniformBoostingAndSabotageLoseTrustThatRankingAgreementAloneCannotSee() {
        // Boosting every answer by 3 keeps the attacker's ranking, so only the level memory can catch it.
        for (var attack : List.of(new BoostingAttack(3), new SabotageAttack(3))) {
            TrustSimulation adaptive = new TrustSimulation(rule, new WeightedMeanRule(), 6, attack, 5);
            adaptive.play(300, round -> true);
            assertTrue(adaptive.attackerWeight() < 0.25 * adaptive.honestMinimum(),
                    attack + ": " + adaptive.attackerWeight() + " vs honest " + adaptive.honestMinimum());
        }
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
