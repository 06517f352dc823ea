package dev.concord.protocol.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeededSelectionTest {

    private final List<Candidate> pool = List.of(
            new Candidate("n1", "op1", "m1", 1), new Candidate("n2", "op2", "m2", 1),
            new Candidate("n3", "op3", "m3", 1), new Candidate("n4", "op4", "m1", 1),
            new Candidate("n5", "op5", "m2", 1), new Candidate("n6", "op1", "m4", 1));

    @Test
    void sameSeedSameSelectionWhateverTheCandidateOrder() {
        String seed = SeededSelection.seed("req-42", 3);
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(SeededSelection.select(seed, shuffled, 3, Set.of()))
                .isEqualTo(SeededSelection.select(seed, pool, 3, Set.of()));
    }

    @Test
    void differentRoundsGetDifferentSelections() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> SeededSelection.select(SeededSelection.seed("req-" + i, 1), pool, 2, Set.of()))
                .distinct().count();
        assertThat(distinct).isGreaterThan(5);
    }

    @Test
    void atMostOneNodePerOperatorAndExcludedOperatorsNeverChosen() {
        for (int i = 0; i < 200; i++) {
            List<String> chosen = SeededSelection.select(SeededSelection.seed("r" + i, 1), pool, 5, Set.of("op3"));
            assertThat(chosen).doesNotContain("n3").hasSize(4);
            assertThat(chosen.stream().filter(id -> id.equals("n1") || id.equals("n6"))).as("op1 owns n1 and n6").hasSize(1);
        }
    }

    @Test
    void distinctModelsArePreferredWhileTheyLast() {
        for (int i = 0; i < 200; i++) {
            List<String> chosen = SeededSelection.select(SeededSelection.seed("r" + i, 1), pool, 3, Set.of());
            Set<String> models = new java.util.HashSet<>();
            chosen.forEach(id -> models.add(pool.stream().filter(c -> c.nodeId().equals(id)).findFirst().orElseThrow().model()));
            assertThat(models).hasSize(3);
        }
    }

    @Test
    void heavierCandidatesAreChosenMoreOften() {
        List<Candidate> weighted = List.of(new Candidate("heavy", "a", "m1", 9), new Candidate("light", "b", "m2", 1));
        Map<String, Integer> firstPicks = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            String first = SeededSelection.select(SeededSelection.seed("w" + i, 1), weighted, 1, Set.of()).get(0);
            firstPicks.merge(first, 1, Integer::sum);
        }
        // One slot: the heavy one is chosen with probability 9/10 (1,800 +- 13.4 per standard deviation).
        assertThat(firstPicks.get("heavy")).isBetween(1_700, 1_900);
    }

    @Test
    void anOperatorAboveOneNthOfTheWeightIsInEveryRound() {
        List<Candidate> whale = List.of(new Candidate("w1", "whale", "m1", 3), new Candidate("w2", "whale", "m2", 2),
                new Candidate("a", "a", "m1", 1), new Candidate("b", "b", "m1", 1), new Candidate("c", "c", "m3", 1));
        // 3 slots, 5 of 8 units: 3 x 5 / 8 >= 1, so pi = 1; the other three share two slots.
        assertThat(SeededSelection.inclusionProbabilities(whale, 3, Set.of()))
                .containsEntry("whale", 1.0).containsEntry("a", 2.0 / 3).containsEntry("c", 2.0 / 3);
        for (int i = 0; i < 200; i++) {
            assertThat(SeededSelection.select(SeededSelection.seed("r" + i, 1), whale, 3, Set.of()))
                    .hasSize(3).containsAnyOf("w1", "w2");
        }
    }

    @Test
    void fewerEligibleOperatorsThanSlotsAreAllTaken() {
        List<Candidate> few = List.of(new Candidate("a", "a", "m", 5), new Candidate("b", "b", "m", 0.001),
                new Candidate("c", "c", "m", Double.NaN), new Candidate("d", "d", "m", -1));
        assertThat(SeededSelection.select("s", few, 3, Set.of())).containsExactlyInAnyOrder("a", "b");
        assertThat(SeededSelection.select("s", few, 0, Set.of())).isEmpty();
        assertThat(SeededSelection.select("s", List.of(), 3, Set.of())).isEmpty();
    }

    @Test
    void anOperatorWithSeveralModelsBringsOneTheRoundLacks() {
        // op1 serves m1 (n1) and m4 (n6); whenever op4 (m1 only) is in the round too, op1 sends n6.
        int rounds = 0;
        for (int i = 0; i < 500; i++) {
            List<String> chosen = SeededSelection.select(SeededSelection.seed("r" + i, 1), pool, 3, Set.of());
            if (chosen.contains("n4") && (chosen.contains("n1") || chosen.contains("n6"))) {
                assertThat(chosen).contains("n6");
                rounds++;
            }
        }
        assertThat(rounds).isPositive();
    }

    @Test
    void aFixedSeedGivesThePinnedSelectionOnEveryMachine() {
        // Exact arithmetic and SHA-256 only: these lists are the algorithm's, not this JVM's. They change only when the
        // selection rule does, and then every stored round's recomputation changes with them.
        assertThat(SeededSelection.select(SeededSelection.seed("req-42", 3), pool, 3, Set.of()))
                .containsExactly("n4", "n6", "n5");
        assertThat(SeededSelection.select(SeededSelection.seed("req-43", 3), pool, 4, Set.of("op2")))
                .containsExactly("n6", "n4", "n5", "n3");
    }

    @Test
    void zeroWeightIsNeverChosen() {
        List<Candidate> withZero = List.of(new Candidate("a", "a", "m", 0), new Candidate("b", "b", "m", 1));
        assertThat(SeededSelection.select("s", withZero, 2, Set.of())).containsExactly("b");
    }

    @Test
    void drawsAre53BitIntegers() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(SeededSelection.draw("seed", "n" + i)).isNotNegative().isLessThan(1L << 53);
        }
    }
}
