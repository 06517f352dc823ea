package dev.concord.quality.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** PROOF-OF-QUALITY.md step 9: no payout is negative and the payouts sum to the fee exactly. */
class RewardPropertiesTest {

    @Provide
    Arbitrary<List<InferenceOutcome>> inference() {
        return Combinators.combine(Arbitraries.doubles().between(0, 10), Arbitraries.longs().between(0, 1_000_000))
                .as((score, cost) -> new double[] {score, cost}).list().ofMaxSize(8)
                .map(rows -> {
                    List<InferenceOutcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        outcomes.add(new InferenceOutcome("node-" + i, rows.get(i)[0], (long) rows.get(i)[1]));
                    }
                    return outcomes;
                });
    }

    @Provide
    Arbitrary<List<EvaluatorOutcome>> evaluators() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.longs().between(0, 1_000_000),
                        Arbitraries.doubles().between(0, 2))
                .as((deviation, cost, trust) -> new double[] {deviation, cost, trust}).list().ofMaxSize(12)
                .map(rows -> {
                    List<EvaluatorOutcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        outcomes.add(new EvaluatorOutcome("eval-" + i, rows.get(i)[0], (long) rows.get(i)[1],
                                rows.get(i)[2]));
                    }
                    return outcomes;
                });
    }

    @Property(tries = 500)
    void payoutsAreNeverNegativeAndSumToTheFeeExactly(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fee,
            @ForAll("inference") List<InferenceOutcome> inference,
            @ForAll("evaluators") List<EvaluatorOutcome> evaluators,
            @ForAll @IntRange(min = 0, max = 10_000) int protocolBasisPoints,
            @ForAll @IntRange(min = 0, max = 10_000) int inferenceBasisPoints) {
        RewardCalculator calculator = new RewardCalculator(
                new RewardParameters(1, 1, 1, 1, protocolBasisPoints, inferenceBasisPoints));
        RoundPayouts payouts = calculator.payouts(fee, inference, evaluators);

        long sum = 0;
        for (Payout payout : payouts.payouts()) {
            assertTrue(payout.amount() >= 0, payout.toString());
            sum = Math.addExact(sum, payout.amount());
        }
        assertEquals(fee, sum);
        assertEquals(1 + inference.size() + evaluators.size(), payouts.payouts().size());
        payouts.payouts().stream().filter(p -> p.reward() <= 0 && p.role() != PayeeRole.PROTOCOL)
                .forEach(p -> assertEquals(0, p.amount(), p.toString()));
    }

    @Property(tries = 300)
    void aPoolIsSharedInProportionToPositiveRewardsWithinOneUnit(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long fee,
            @ForAll("inference") List<InferenceOutcome> inference) {
        RewardCalculator calculator = new RewardCalculator();
        RoundPayouts payouts = calculator.payouts(fee, inference, List.of());
        long remainder = fee - fee * 500 / 10_000;
        long pool = remainder * 7_000 / 10_000;
        long maxCost = inference.stream().mapToLong(InferenceOutcome::cost).max().orElse(0);
        double positive = inference.stream().mapToDouble(o -> Math.max(0, calculator.inferenceReward(o, maxCost))).sum();
        if (positive == 0) {
            return;
        }
        for (InferenceOutcome outcome : inference) {
            double quota = pool * Math.max(0, calculator.inferenceReward(outcome, maxCost)) / positive;
            assertEquals(quota, payouts.amountFor(outcome.nodeId()), 1.0 + quota * 1e-12, outcome.toString());
        }
    }
}
