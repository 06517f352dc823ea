package dev.concord.protocol.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A Sybil operator splits its stake across many identities: linked (one operator key), unlinked (an operator key per
 * identity: keys are free, so nothing tells them from honest operators), and unlinked with a model name per identity
 * (model names are declared, and selection spreads slots over models). Over {@value #ROUNDS} seeded rounds of {@value #SLOTS} slots
 * among five honest operators, each split must win no more slots than one identity with the whole stake.
 *
 * <p>Tolerance: each total is a sum of per-round slot counts over independent seeds. Bounded by the variance of
 * sampling with replacement, a total's variance is at most {@code ROUNDS * SLOTS * q * (1 - q)} with q the Sybil's
 * stake share, so the difference of two totals has a standard deviation of at most
 * {@code sqrt(2 * ROUNDS * SLOTS * q * (1 - q))} (129 slots for q = 1/6); the tests allow 4 of them (517 slots, 5.2%
 * of the 10,000 expected). The advantage the old Efraimidis-Spirakis selection gave eight unlinked identities was
 * +1,720 slots (13 standard deviations).
 */
class SybilSelectionTest {

    private static final int ROUNDS = 20_000;
    private static final int SLOTS = 3;
    private static final int HONEST = 5;
    private static final long STAKE = 1_000_000;
    private static final String SYBIL = "op-sybil";

    @Test
    void splittingStakeWinsNoMoreSlotsThanOneIdentityLinkedOrNot() {
        long single = slotsWon(linked(1, STAKE));
        long linked = slotsWon(linked(8, STAKE));
        long unlinked = slotsWon(unlinked(8, STAKE, false));
        long unlinkedModels = slotsWon(unlinked(8, STAKE, true));
        System.out.printf("Sybil slots over %d rounds of %d (stake share 1/6, expected %d): one identity %d, "
                        + "8 linked %d, 8 unlinked %d (%+.1f%%), 8 unlinked with a model each %d (%+.1f%%)%n",
                ROUNDS, SLOTS, ROUNDS * SLOTS / 6, single, linked, unlinked, change(unlinked, single), unlinkedModels,
                change(unlinkedModels, single));

        double tolerance = 4 * differenceStandardDeviation(1.0 / 6);
        assertThat((double) linked).isBetween(single - tolerance, single + tolerance);
        assertThat((double) unlinked).isLessThanOrEqualTo(single + tolerance);
        assertThat((double) unlinkedModels).isLessThanOrEqualTo(single + tolerance);
        // And not by being shut out: every form gets the stake-proportional share N * w / W per round.
        double expected = ROUNDS * SLOTS / 6.0;
        for (long slots : new long[] {single, linked, unlinked, unlinkedModels}) {
            assertThat((double) slots).isBetween(expected - tolerance, expected + tolerance);
        }
    }

    @Test
    void theSplitCountDoesNotMatter() {
        long single = slotsWon(linked(1, STAKE));
        double tolerance = 4 * differenceStandardDeviation(1.0 / 6);
        for (int identities : new int[] {2, 3, 32}) {
            long unlinked = slotsWon(unlinked(identities, STAKE, false));
            System.out.printf("Sybil slots over %d rounds: one identity %d, %d unlinked identities %d (%+.1f%%)%n",
                    ROUNDS, single, identities, unlinked, change(unlinked, single));
            assertThat((double) unlinked).as("%d unlinked identities", identities)
                    .isLessThanOrEqualTo(single + tolerance);
        }
    }

    @Test
    void linkedIdentitiesNeverTakeTwoSlotsOfOneRound() {
        List<Candidate> pool = pool(linked(8, STAKE));
        for (int round = 0; round < 2_000; round++) {
            List<String> chosen = SeededSelection.select(seed(round), pool, SLOTS, Set.of());
            assertThat(chosen.stream().filter(id -> id.startsWith("sybil-")).count()).isLessThanOrEqualTo(1);
        }
    }

    /**
     * Capped: a Sybil with half the stake (5 of 10 units) is worth 1.5 slots a round, but one operator takes at most one
     * slot a round, so as one identity (or linked identities) it wins exactly one. Unlinked identities escape that cap
     * (nothing can tell them apart from honest operators) and win up to the stake-proportional 1.5, never more.
     */
    @Test
    void aboveOneNthOfTheStakeSplittingRecoversTheProportionalShareAndNoMore() {
        long heavy = HONEST * STAKE;
        long single = slotsWon(linked(1, heavy));
        long linked = slotsWon(linked(8, heavy));
        long unlinked = slotsWon(unlinked(8, heavy, false));
        double proportional = ROUNDS * SLOTS * 0.5;
        System.out.printf("Capped Sybil (stake share 1/2) over %d rounds of %d: one identity %d, 8 linked %d, "
                + "8 unlinked %d (proportional share %.0f)%n", ROUNDS, SLOTS, single, linked, unlinked, proportional);

        assertThat(single).isEqualTo(ROUNDS);
        assertThat(linked).isEqualTo(ROUNDS);
        double tolerance = 4 * Math.sqrt(ROUNDS * SLOTS * 0.5 * 0.5);
        assertThat((double) unlinked).isBetween(proportional - tolerance, proportional + tolerance);
    }

    /** The Sybil's whole stake split over nodes registered by one operator. */
    private static List<Candidate> linked(int identities, long stake) {
        return sybil(identities, i -> SYBIL, i -> "m", stake);
    }

    /** The same split, each node claiming an operator of its own (and, if asked, a model of its own). */
    private static List<Candidate> unlinked(int identities, long stake, boolean modelEach) {
        return sybil(identities, i -> SYBIL + "-" + i, i -> modelEach ? "m-sybil-" + i : "m", stake);
    }

    private static List<Candidate> sybil(int identities, IntFunction<String> operator, IntFunction<String> model,
                                         long stake) {
        return IntStream.range(0, identities)
                .mapToObj(i -> new Candidate("sybil-" + i, operator.apply(i), model.apply(i), stake / (double) identities))
                .toList();
    }

    /** Five honest operators with one node each, all serving the same model. */
    private static List<Candidate> pool(List<Candidate> sybil) {
        List<Candidate> pool = new ArrayList<>(sybil);
        IntStream.range(0, HONEST).forEach(i -> pool.add(new Candidate("honest-" + i, "op-" + i, "m", STAKE)));
        return pool;
    }

    private static long slotsWon(List<Candidate> sybil) {
        List<Candidate> pool = pool(sybil);
        return IntStream.range(0, ROUNDS)
                .mapToLong(r -> SeededSelection.select(seed(r), pool, SLOTS, Set.of()).stream()
                        .filter(id -> id.startsWith("sybil-")).count())
                .sum();
    }

    private static double differenceStandardDeviation(double share) {
        return Math.sqrt(2.0 * ROUNDS * SLOTS * share * (1 - share));
    }

    private static double change(long slots, long reference) {
        return 100.0 * (slots - reference) / reference;
    }

    private static String seed(int round) {
        return SeededSelection.seed("round-" + round, 1);
    }
}
