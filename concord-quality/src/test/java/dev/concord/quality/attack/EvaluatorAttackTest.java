package dev.concord.quality.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EvaluatorAttackTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3");
    private static final ScoringContext ROUND = ScoringContext.firstRound(NODES, new double[] {2, 8.5, 5});

    @Test
    void shiftsAndInversionAsTheSpecWritesThem() {
        SplittableRandom random = new SplittableRandom(1);
        assertArrayEquals(new double[] {5, 10, 8}, new BoostingAttack().score(ROUND, random));
        assertArrayEquals(new double[] {0, 5.5, 2}, new SabotageAttack().score(ROUND, random));
        assertArrayEquals(new double[] {8, 1.5, 5}, new InvertedAttack().score(ROUND, random));
        assertArrayEquals(new double[] {7, 7, 7}, new ConstantAttack().score(ROUND, random));
        assertArrayEquals(new double[] {2, 8.5, 5}, new HonestScoring().score(ROUND, random));
    }

    @Test
    void collusionPromotesItsNodeAndSabotagesTheRivalsOnlyWhenItsNodeIsInTheRound() {
        assertArrayEquals(new double[] {0, 10, 2}, new CollusionAttack("n2").score(ROUND, new SplittableRandom(1)));
        assertArrayEquals(new double[] {2, 8.5, 5}, new CollusionAttack("n9").score(ROUND, new SplittableRandom(1)));
    }

    @Test
    void theCopierRepeatsThePreviousConsensus() {
        ScoringContext later = new ScoringContext(NODES, new double[] {2, 8.5, 5}, Map.of("n1", 6.0, "n7", 8.0));
        // n1 was scored before: 6; n2 and n3 were not: mean of the previous consensus, 7.
        assertArrayEquals(new double[] {6, 7, 7}, new CopierAttack().score(later, new SplittableRandom(1)));
        assertArrayEquals(new double[] {5, 5, 5}, new CopierAttack().score(ROUND, new SplittableRandom(1)));
    }

    @Test
    void noiseHasTheConfiguredSpreadAndIsReproducibleFromTheSeed() {
        ScoringContext middle = ScoringContext.firstRound(List.of("n"), new double[] {5});
        NoiseAttack noise = new NoiseAttack();
        SplittableRandom random = new SplittableRandom(42);
        int n = 20_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double delta = noise.score(middle, random)[0] - 5;
            sum += delta;
            squares += delta * delta;
        }
        // Clipping at 0 and 10 (2.5 sigma) barely matters: the spread is close to sigma = 2.
        assertEquals(0, sum / n, 0.05);
        assertEquals(2, Math.sqrt(squares / n), 0.1);
        assertArrayEquals(noise.score(ROUND, new SplittableRandom(7)), noise.score(ROUND, new SplittableRandom(7)));
    }

    @Test
    void intermittentAttacksInAboutTheConfiguredShareOfRounds() {
        IntermittentAttack intermittent = new IntermittentAttack(new InvertedAttack());
        SplittableRandom random = new SplittableRandom(3);
        int attacked = 0;
        for (int round = 0; round < 10_000; round++) {
            if (intermittent.score(ROUND, random)[0] == 8) {
                attacked++;
            }
        }
        assertEquals(0.3, attacked / 10_000.0, 0.02);
    }

    @Test
    void sybilIdentitiesSplitTheStakeAndSubmitOneSheet() {
        SybilOperator sybil = new SybilOperator("op", 3, new NoiseAttack());
        assertEquals(List.of("op#0", "op#1", "op#2"), sybil.identityIds());
        assertArrayEquals(new long[] {34, 33, 33}, sybil.splitStake(100));
        Map<String, double[]> sheets = sybil.sheets(ROUND, new SplittableRandom(5));
        assertEquals(sybil.identityIds(), List.copyOf(sheets.keySet()));
        assertArrayEquals(sheets.get("op#0"), sheets.get("op#2"));
        assertNotEquals(ROUND.honestScores()[1], sheets.get("op#0")[1]);
    }

    @Test
    void attacksAreFoundByName() {
        for (String name : EvaluatorAttacks.names()) {
            assertEquals(name, EvaluatorAttacks.byName(name, "n1").name());
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EvaluatorAttacks.byName("bribery", "n1"));
        assertTrue(error.getMessage().contains("inverted"), error.getMessage());
    }

    @Property(tries = 200)
    void everyAttackSubmitsScoresWithinRange(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 10) Double> honest,
            @ForAll long seed) {
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < honest.size(); i++) {
            nodes.add("n" + i);
        }
        ScoringContext context = new ScoringContext(nodes, honest.stream().mapToDouble(Double::doubleValue).toArray(),
                Map.of("n0", 9.5));
        SplittableRandom random = new SplittableRandom(seed);
        for (String name : EvaluatorAttacks.names()) {
            double[] scores = EvaluatorAttacks.byName(name, "n0").score(context, random);
            assertEquals(honest.size(), scores.length, name);
            for (double score : scores) {
                assertTrue(score >= 0 && score <= 10, name + " submitted " + score);
            }
        }
    }
}
