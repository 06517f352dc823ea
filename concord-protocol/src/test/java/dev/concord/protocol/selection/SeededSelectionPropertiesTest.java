package dev.concord.protocol.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The selection's rules on random registries: operators o0..o5, models m0..m3, some zero and unusable weights. */
class SeededSelectionPropertiesTest {

    private static final List<String> OPERATORS = List.of("o0", "o1", "o2", "o3", "o4", "o5");

    @Provide
    Arbitrary<List<Candidate>> pools() {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.doubles().between(1, 10_000_000)),
                Tuple.of(1, Arbitraries.of(0.0, -5.0, Double.NaN, Double.POSITIVE_INFINITY)),
                Tuple.of(1, Arbitraries.of(1.0, 1_000_000.0)));
        Arbitrary<Candidate> candidate = Combinators.combine(Arbitraries.integers().between(0, 30),
                        Arbitraries.of(OPERATORS), Arbitraries.of("m0", "m1", "m2", "m3"), weight)
                .as((id, operator, model, w) -> new Candidate("n" + id, operator, model, w));
        return candidate.list().ofMaxSize(14);
    }

    @Provide
    Arbitrary<Set<String>> excluded() {
        return Arbitraries.of(OPERATORS).set().ofMaxSize(3);
    }

    @Property(tries = 300)
    void theSameSeedGivesTheSameSelectionWhateverTheOrder(@ForAll("pools") List<Candidate> pool,
                                                          @ForAll @IntRange(max = 6) int count,
                                                          @ForAll("excluded") Set<String> excluded,
                                                          @ForAll long shuffle, @ForAll int round) {
        String seed = SeededSelection.seed("req-" + round, 1);
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(shuffle));
        assertThat(SeededSelection.select(seed, shuffled, count, excluded))
                .isEqualTo(SeededSelection.select(seed, pool, count, excluded));
    }

    @Property(tries = 500)
    void exactlyTheSlotsTheEligibleOperatorsCanFillOneNodeEach(@ForAll("pools") List<Candidate> pool,
                                                               @ForAll @IntRange(max = 6) int count,
                                                               @ForAll("excluded") Set<String> excluded,
                                                               @ForAll int round) {
        List<String> chosen = SeededSelection.select(SeededSelection.seed("req-" + round, 1), pool, count, excluded);
        Map<String, Candidate> byNode = firstByNode(pool, excluded);
        long operators = eligibleOperators(pool, excluded).size();

        assertThat(chosen).hasSize((int) Math.min(count, operators)).doesNotHaveDuplicates();
        assertThat(chosen).allSatisfy(id -> assertThat(byNode).as("eligible nodes").containsKey(id));
        assertThat(chosen.stream().map(id -> byNode.get(id).operatorId()).distinct().count())
                .as("one node per operator").isEqualTo(chosen.size());
    }

    @Property(tries = 500)
    void inclusionProbabilitiesAreCappedAtOneAndSumToTheSlots(@ForAll("pools") List<Candidate> pool,
                                                             @ForAll @IntRange(max = 6) int count,
                                                             @ForAll("excluded") Set<String> excluded) {
        Map<String, Double> pi = SeededSelection.inclusionProbabilities(pool, count, excluded);
        assertThat(pi.keySet()).isEqualTo(eligibleOperators(pool, excluded));
        assertThat(pi.values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(pi.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(Math.min(count, pi.size()), within(1e-9));
    }

    /**
     * The statement behind Sybil neutrality: an operator below the cap that re-registers as k unlinked identities,
     * its stake split any way, has the same total inclusion probability, and nobody else's changes.
     */
    @Property(tries = 1_000)
    void splittingAnUncappedOperatorOverUnlinkedIdentitiesChangesNoProbability(
            @ForAll("pools") List<Candidate> pool, @ForAll @IntRange(min = 1, max = 6) int count,
            @ForAll @IntRange(min = 2, max = 9) int identities, @ForAll @IntRange(max = 5) int which,
            @ForAll long split) {
        pool = List.copyOf(firstByNode(pool, Set.of()).values());
        Map<String, Double> before = SeededSelection.inclusionProbabilities(pool, count, Set.of());
        List<String> uncapped = before.keySet().stream().filter(operator -> before.get(operator) < 1.0).toList();
        Assume.that(!uncapped.isEmpty());
        String sybil = uncapped.get(which % uncapped.size());

        Random random = new Random(split);
        List<Candidate> after = new ArrayList<>();
        for (Candidate c : pool) {
            if (!c.operatorId().equals(sybil) || !eligible(c, Set.of())) {
                after.add(c);
                continue;
            }
            double[] shares = random.doubles(identities, 0.01, 1).toArray();
            double total = Arrays.stream(shares).sum();
            IntStream.range(0, identities).forEach(i -> after.add(new Candidate(c.nodeId() + "-s" + i,
                    "sybil-" + c.nodeId() + "-" + i, c.model(), c.weight() * shares[i] / total)));
        }
        Map<String, Double> pi = SeededSelection.inclusionProbabilities(after, count, Set.of());

        double pieces = pi.entrySet().stream().filter(e -> e.getKey().startsWith("sybil-"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertThat(pieces).isCloseTo(before.get(sybil), within(1e-9));
        before.forEach((operator, p) -> {
            if (!operator.equals(sybil)) {
                assertThat(pi.get(operator)).as(operator).isCloseTo(p, within(1e-9));
            }
        });
    }

    private static boolean eligible(Candidate c, Set<String> excluded) {
        return c.weight() > 0 && Double.isFinite(c.weight()) && !excluded.contains(c.operatorId());
    }

    /** Eligible candidates by node id; a node id listed twice counts once, as its first entry by the tie-break. */
    private static Map<String, Candidate> firstByNode(List<Candidate> pool, Set<String> excluded) {
        return pool.stream().filter(c -> eligible(c, excluded))
                .sorted(Comparator.comparing(Candidate::nodeId).thenComparing(Candidate::operatorId)
                        .thenComparing(Candidate::model).thenComparingDouble(Candidate::weight))
                .collect(Collectors.toMap(Candidate::nodeId, c -> c, (a, b) -> a, TreeMap::new));
    }

    private static Set<String> eligibleOperators(List<Candidate> pool, Set<String> excluded) {
        return firstByNode(pool, excluded).values().stream().map(Candidate::operatorId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
