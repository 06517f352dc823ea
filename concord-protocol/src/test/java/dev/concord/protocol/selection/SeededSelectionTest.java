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
