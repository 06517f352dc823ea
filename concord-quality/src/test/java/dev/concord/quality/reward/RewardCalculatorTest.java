package dev.concord.quality.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Settlements worked out by hand; the arithmetic is in the comments. */
class RewardCalculatorTest {

    /** The spec's first weights, beta = beta_e = 1: the arithmetic below is worked out for them. */
    private final RewardCalculator calculator = new RewardCalculator(new RewardParameters(1, 1, 1, 1, 500, 7000));

    @Test
    void theDefaultWeightsPayEqualCostParticipantsWhoseQualityClearsHalfTheScale() {
        // beta = beta_e = 0.5: n1 0.9 - 0.5 = 0.4, n2 0.4 - 0.5 < 0; e1 0.9 - 0.5 = 0.4, e2 0.3 - 0.5 < 0.
        RoundPayouts payouts = new RewardCalculator().payouts(10_000,
                List.of(new InferenceOutcome("n1", 9, 10), new InferenceOutcome("n2", 4, 10)),
                List.of(new EvaluatorOutcome("e1", 0.1, 5), new EvaluatorOutcome("e2", 0.7, 5)));
        assertEquals(500, payouts.amountFor(RewardCalculator.PROTOCOL_ACCOUNT));
        assertEquals(6650, payouts.amountFor("n1"));
        assertEquals(0, payouts.amountFor("n2"));
        assertEquals(2850, payouts.amountFor("e1"));
        assertEquals(0, payouts.amountFor("e2"));
    }

    @Test
    void aRoundSettlesAsWorkedOutByHand() {
        // Fee 10000: protocol 5% = 500; remainder 9500 -> inference pool 6650, evaluator pool 2850.
        // Inference, max cost 100: A 0.8 - 0.5 = 0.3, B 0.9 - 1.0 = -0.1, C 0.5 - 0.25 = 0.25.
        //   A 6650 * 0.3 / 0.55 = 3627.27, C 6650 * 0.25 / 0.55 = 3022.73 -> floors 6649, the spare unit to C.
        // Evaluators, max cost 20: e1 0.9 - 0.5 = 0.4, e2 0.8 - 1.0 = -0.2, e3 0.5 - 0.25 = 0.25.
        //   e1 2850 * 0.4 / 0.65 = 1753.85, e3 2850 * 0.25 / 0.65 = 1096.15 -> the spare unit to e1.
        RoundPayouts payouts = calculator.payouts(10_000,
                List.of(new InferenceOutcome("B", 9, 100), new InferenceOutcome("A", 8, 50),
                        new InferenceOutcome("C", 5, 25)),
                List.of(new EvaluatorOutcome("e1", 0.1, 10), new EvaluatorOutcome("e2", 0.2, 20),
                        new EvaluatorOutcome("e3", 0.5, 5)));

        assertEquals(500, payouts.amountFor(RewardCalculator.PROTOCOL_ACCOUNT));
        assertEquals(3627, payouts.amountFor("A"));
        assertEquals(0, payouts.amountFor("B"));
        assertEquals(3023, payouts.amountFor("C"));
        assertEquals(1754, payouts.amountFor("e1"));
        assertEquals(0, payouts.amountFor("e2"));
        assertEquals(1096, payouts.amountFor("e3"));
        assertEquals(List.of("protocol", "A", "B", "C", "e1", "e2", "e3"),
                payouts.payouts().stream().map(Payout::account).toList());
        Payout b = payouts.payouts().get(2);
        assertEquals(-0.1, b.reward(), 1e-12);
        assertTrue(b.reason().contains("not positive"), b.reason());
        assertTrue(payouts.payouts().get(1).reason().contains("score 8.000/10, cost 50 of max 100"),
                payouts.payouts().get(1).reason());
    }

    @Test
    void theEvaluatorPoolIsSharedByTrustTimesReward() {
        // Evaluator pool 2850 (as above). Equal rewards 0.9 - 0 = 0.9 (no costs), trust 1.8 against 0.2:
        // shares 1.62 and 0.18 -> 2565 and 285. The inference pool is untouched by trust.
        RoundPayouts payouts = calculator.payouts(10_000, List.of(new InferenceOutcome("n", 9, 0)),
                List.of(new EvaluatorOutcome("honest", 0.1, 0, 1.8), new EvaluatorOutcome("caught", 0.1, 0, 0.2)));
        assertEquals(2565, payouts.amountFor("honest"));
        assertEquals(285, payouts.amountFor("caught"));
        assertEquals(6650, payouts.amountFor("n"));
        String reason = payouts.payouts().stream().filter(p -> p.account().equals("honest")).findFirst().orElseThrow()
                .reason();
        assertTrue(reason.contains("trust 1.8000"), reason);
    }

    @Test
    void aPoolWhoseEarnersAllHaveZeroTrustGoesToTheProtocol() {
        RoundPayouts payouts = calculator.payouts(10_000, List.of(new InferenceOutcome("n", 9, 0)),
                List.of(new EvaluatorOutcome("e", 0.1, 0, 0)));
        assertEquals(0, payouts.amountFor("e"));
        assertEquals(500 + 2850, payouts.amountFor(RewardCalculator.PROTOCOL_ACCOUNT));
        assertTrue(payouts.payouts().get(2).reason().contains("has no weight"), payouts.payouts().get(2).reason());
    }

    @Test
    void equalClaimsBreakTheRoundingTieByTheSmallerId() {
        // Fee 10001: protocol floor(500.05) = 500, remainder 9501, inference floor(6650.7) = 6650, evaluators 2851.
        // Two identical evaluators claim 1425.5 each: the smaller id gets the spare unit.
        RoundPayouts payouts = calculator.payouts(10_001,
                List.of(new InferenceOutcome("n2", 7, 0), new InferenceOutcome("n1", 7, 0)),
                List.of(new EvaluatorOutcome("e-b", 0.1, 0), new EvaluatorOutcome("e-a", 0.1, 0)));
        assertEquals(3325, payouts.amountFor("n1"));
        assertEquals(3325, payouts.amountFor("n2"));
        assertEquals(1426, payouts.amountFor("e-a"));
        assertEquals(1425, payouts.amountFor("e-b"));
    }

    @Test
    void aPoolNobodyEarnedGoesToTheProtocol() {
        // With equal non-zero evaluator costs every R_m = (1 - d) - 1 <= 0: the whole evaluator pool is unearned.
        RoundPayouts payouts = calculator.payouts(10_000,
                List.of(new InferenceOutcome("n1", 9, 10), new InferenceOutcome("n2", 8, 20)),
                List.of(new EvaluatorOutcome("e1", 0.1, 5), new EvaluatorOutcome("e2", 0.2, 5)));
        assertEquals(500 + 2850, payouts.amountFor(RewardCalculator.PROTOCOL_ACCOUNT));
        assertEquals(6650, payouts.amountFor("n1"));
        assertTrue(payouts.payouts().get(0).reason().contains("unearned evaluator pool 2850"));
    }

    @Test
    void aRoundWithoutParticipantsPaysTheProtocolEverything() {
        // Protocol floor(38.85) = 38, remainder 739, inference pool floor(517.3) = 517, evaluator pool 222.
        RoundPayouts payouts = calculator.payouts(777, List.of(), List.of());
        assertEquals(List.of(new Payout("protocol", PayeeRole.PROTOCOL, 777, 0,
                "protocol share 500 bp of fee 777 = 38; unearned inference pool 517; unearned evaluator pool 222")),
                payouts.payouts());
    }

    @Test
    void rewardsFollowTheLinearFormulas() {
        RewardCalculator weighted = new RewardCalculator(new RewardParameters(2, 0.5, 1.5, 0.25, 0, 5000));
        assertEquals(2 * 0.6 - 0.5 * 0.25, weighted.inferenceReward(new InferenceOutcome("n", 6, 25), 100), 1e-12);
        assertEquals(1.5 * 0.7 - 0.25 * 1, weighted.evaluatorReward(new EvaluatorOutcome("e", 0.3, 40), 40), 1e-12);
        // No cost in the round: the cost term vanishes.
        assertEquals(2 * 0.3, weighted.inferenceReward(new InferenceOutcome("n", 3, 0), 0), 1e-12);
    }

    @Test
    void invalidRoundsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calculator.payouts(-1, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> calculator.payouts(10,
                List.of(new InferenceOutcome("n", 5, 1), new InferenceOutcome("n", 6, 1)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> calculator.payouts(10,
                List.of(new InferenceOutcome("protocol", 5, 1)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new InferenceOutcome("n", 10.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvaluatorOutcome("e", 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new RewardParameters(1, 1, 1, 1, 10_001, 7000));
    }
}
