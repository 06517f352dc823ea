package dev.concord.quality.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MultiplicativeTrustRuleTest {

    private final MultiplicativeTrustRule rule = new MultiplicativeTrustRule();
    private final TrustParameters bounds = TrustParameters.defaults();

    @Test
    void deviationIsTheMeanAbsoluteDifferenceOverTen() {
        // |8-6|/10 = 0.2, |6-6|/10 = 0, |0-10|/10 = 1 -> 1.2 / 3
        assertEquals(0.4, Deviation.of(new double[] {8, 6, 0}, new double[] {6, 6, 10}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Deviation.of(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void eq21GrowsBelowHalfShrinksAboveAndClips() {
        assertEquals(1.04, rule.nextWeight(1.0, 0.1), 1e-12);          // 1 * (1 + 0.1 * 0.4)
        assertEquals(0.97, rule.nextWeight(1.0, 0.8), 1e-12);          // 1 * (1 - 0.1 * 0.3)
        assertEquals(2.0, rule.nextWeight(1.95, 0.0), 1e-12);          // 2.0475 clipped
        assertEquals(0.1, rule.nextWeight(0.101, 1.0), 1e-12);         // 0.09595 clipped
    }

    @Test
    void updateRecordsDeviationAndRoundsForEveryEvaluatorOfTheRound() {
        RoundScores round = RoundScores.of(Map.of("b", new double[] {6, 6}, "a", new double[] {8, 6}),
                new double[] {6, 6});
        SortedMap<String, TrustState> next = rule.update(
                Map.of("a", new TrustState(1.5, 4, 0, 0.2, 0, 0, 0)), round);
        assertEquals(List.of("a", "b"), List.copyOf(next.keySet()));
        TrustState a = next.get("a");
        assertEquals(1.5 * (1 + 0.1 * 0.4), a.weight(), 1e-12);
        assertEquals(5, a.rounds());
        assertEquals(0.1, a.lastDeviation(), 1e-12);
        assertEquals((0.2 * 4 + 0.1) / 5, a.meanDeviation(), 1e-12);
        assertEquals(1.05, next.get("b").weight(), 1e-12);               // newcomer at w0 = 1, deviation 0
        assertEquals(1, next.get("b").rounds());
    }

    @Property(tries = 200)
    void weightStaysWithinBounds(@ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 1) Double> deviations,
                                 @ForAll @DoubleRange(min = 0.1, max = 2) double start) {
        double weight = start;
        for (double deviation : deviations) {
            weight = rule.nextWeight(weight, deviation);
            assertTrue(weight >= bounds.minWeight() && weight <= bounds.maxWeight(), "weight " + weight);
        }
    }

    /** The known weakness: any evaluator that stays under 0.5 deviation, attacker or not, ends at w_max. */
    @Property(tries = 100)
    void eq21SaturatesAtTheCeilingForDeviationBelowHalf(@ForAll @DoubleRange(min = 0, max = 0.45) double deviation) {
        double weight = bounds.initialWeight();
        for (int round = 0; round < 2_000; round++) {
            weight = rule.nextWeight(weight, deviation);
        }
        assertEquals(bounds.maxWeight(), weight);
    }

    @Property(tries = 100)
    void eq21SinksToTheFloorForDeviationAboveHalf(@ForAll @DoubleRange(min = 0.55, max = 1) double deviation) {
        double weight = bounds.initialWeight();
        for (int round = 0; round < 2_000; round++) {
            weight = rule.nextWeight(weight, deviation);
        }
        assertEquals(bounds.minWeight(), weight);
    }

    @Test
    void parametersRejectInconsistentBounds() {
        assertThrows(IllegalArgumentException.class, () -> new TrustParameters(0.1, 3, 0.1, 2));
        assertThrows(IllegalArgumentException.class, () -> new TrustParameters(0.1, 1, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new TrustParameters(0, 1, 0.1, 2));
    }

    @Test
    void trustRulesByName() {
        for (String name : TrustRules.names()) {
            assertEquals(name, TrustRules.byName(name).name());
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TrustRules.byName("eq99"));
        assertTrue(error.getMessage().contains("multiplicative") && error.getMessage().contains("adaptive"));
    }
}
