package dev.concord.protocol.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a selection promises in the long run, measured over {@value #ROUNDS} seeded rounds: each operator is in
 * a round as often as its inclusion probability pi says, and each model as often as its operators' pi allow.
 *
 * <p>Tolerance: a count of rounds is Binomial(ROUNDS, p) over independent seeds, so it may stray
 * {@code sqrt(ROUNDS p (1 - p))} per standard deviation; the tests allow 4.5 of them per count (about one false
 * alarm in 150,000 counts).
 */
class SelectionInclusionTest {

    private static final int ROUNDS = 20_000;

    /**
     * Four slots; op-big holds 6 of the 15.1 eligible units (above 1/4: capped, always in), op-e 3 of the 9.1 left
     * for three slots (pi 0.99), down to op-d at 0.4 (pi 0.13); op-x is excluded and op-z weighs nothing.
     */
    private final List<Candidate> pool = List.of(
            new Candidate("big-1", "op-big", "m1", 4e6), new Candidate("big-2", "op-big", "m2", 2e6),
            new Candidate("a-1", "op-a", "m1", 2e6),
            new Candidate("b-1", "op-b", "m1", 1.5e6), new Candidate("b-2", "op-b", "m1", 0.5e6),
            new Candidate("c-1", "op-c", "m2", 1e6), new Candidate("d-1", "op-d", "m3", 0.4e6),
            new Candidate("e-1", "op-e", "m1", 3e6), new Candidate("f-1", "op-f", "m2", 0.7e6),
            new Candidate("x-1", "op-x", "m3", 5e6), new Candidate("z-1", "op-z", "m1", 0));

    @Test
    void everyOperatorIsChosenAsOftenAsItsInclusionProbability() {
        Map<String, String> operatorOf = pool.stream().collect(Collectors.toMap(Candidate::nodeId, Candidate::operatorId));
        Map<String, Double> pi = SeededSelection.inclusionProbabilities(pool, 4, Set.of("op-x"));
        Map<String, Integer> rounds = new TreeMap<>();
        Map<String, Integer> nodes = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> chosen = SeededSelection.select(seed(round), pool, 4, Set.of("op-x"));
            chosen.forEach(id -> rounds.merge(operatorOf.get(id), 1, Integer::sum));
            chosen.forEach(id -> nodes.merge(id, 1, Integer::sum));
        }
        System.out.printf("Inclusion over %d rounds of 4 slots, operator: expected (ROUNDS x pi) / chosen%n", ROUNDS);
        pi.forEach((operator, p) -> System.out.printf("  %s: %.0f / %d%n", operator, ROUNDS * p,
                rounds.getOrDefault(operator, 0)));

        assertThat(pi).containsOnlyKeys("op-big", "op-a", "op-b", "op-c", "op-d", "op-e", "op-f");
        assertThat(pi.get("op-big")).isEqualTo(1.0);
        assertThat(pi.get("op-e")).isEqualTo(3 * 3 / 9.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rounds).doesNotContainKeys("op-x", "op-z");
        assertThat(rounds.get("op-big")).isEqualTo(ROUNDS);
        pi.forEach((operator, p) -> assertThat((double) rounds.getOrDefault(operator, 0)).as(operator)
                .isBetween(ROUNDS * p - tolerance(ROUNDS, p), ROUNDS * p + tolerance(ROUNDS, p)));
        // Within an operator a node is drawn by weight: b-1 carries 3/4 of op-b.
        int b = rounds.get("op-b");
        assertThat((double) nodes.getOrDefault("b-1", 0)).isBetween(0.75 * b - tolerance(b, 0.75),
                0.75 * b + tolerance(b, 0.75));
    }

    /**
     * Models are represented as often as the inclusion probabilities allow: a model whose operators' pi add up to M
     * takes floor(M) or ceil(M) slots every round, so it is present in a fraction min(1, M) of the rounds. Equal
     * shares keep every model in every round; a small model is no longer guaranteed a slot.
     */
    @Test
    void eachModelTakesItsShareOfSlotsRoundedUpOrDown() {
        for (int[] operatorsPerModel : new int[][] {{3, 3, 3}, {4, 4}, {7, 2, 1}, {8, 1, 1}}) {
            List<Candidate> equalStakes = equalStakes(operatorsPerModel);
            int operators = equalStakes.size();
            Map<String, Integer> present = new TreeMap<>();
            long distinct = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Map<String, Long> slots = SeededSelection.select(seed(round), equalStakes, 3, Set.of()).stream()
                        .collect(Collectors.groupingBy(id -> id.substring(0, id.indexOf('/')), Collectors.counting()));
                for (int model = 0; model < operatorsPerModel.length; model++) {
                    double share = 3.0 * operatorsPerModel[model] / operators;
                    long taken = slots.getOrDefault("m" + model, 0L);
                    assertThat(taken).as("slots of m%d in round %d", model, round)
                            .isBetween((long) Math.floor(share), (long) Math.ceil(share));
                }
                slots.keySet().forEach(model -> present.merge(model, 1, Integer::sum));
                distinct += slots.size();
            }
            System.out.printf("Operators per model %s, equal stakes, 3 slots: %.2f distinct models per round, "
                    + "rounds with each model %s%n", java.util.Arrays.toString(operatorsPerModel),
                    distinct / (double) ROUNDS, present);
            for (int model = 0; model < operatorsPerModel.length; model++) {
                double p = Math.min(1, 3.0 * operatorsPerModel[model] / operators);
                assertThat((double) present.getOrDefault("m" + model, 0)).as("rounds with m%d", model)
                        .isBetween(ROUNDS * p - tolerance(ROUNDS, p), ROUNDS * p + tolerance(ROUNDS, p));
            }
        }
    }

    /** One node per operator, all of equal stake; node ids start with their model ("m0/3"). */
    private static List<Candidate> equalStakes(int[] operatorsPerModel) {
        int[] next = {0};
        return IntStream.range(0, operatorsPerModel.length).boxed()
                .flatMap(model -> IntStream.range(0, operatorsPerModel[model]).mapToObj(i -> next[0]++)
                        .map(n -> new Candidate("m" + model + "/" + n, "op-" + n, "m" + model, 1_000_000)))
                .collect(Collectors.toList());
    }

    private static double tolerance(int trials, double p) {
        return 4.5 * Math.sqrt(trials * p * (1 - p));
    }

    private static String seed(int round) {
        return SeededSelection.seed("inclusion-" + round, 1);
    }
}
