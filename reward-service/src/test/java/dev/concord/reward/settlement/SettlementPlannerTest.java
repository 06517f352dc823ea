package dev.concord.reward.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.quality.reward.RewardCalculator;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.support.Decisions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementPlannerTest {

    private final SettlementPlanner planner = new SettlementPlanner(new RewardCalculator());

    @Test
    void decidedRoundPaysTheWholeFeeFromEscrowToTheRoundsNodes() {
        RoundDecision decision = Decisions.decided("req-planner-00000001", 1_000_003);

        SettlementPlan plan = planner.plan(decision, null);

        assertThat(plan.payouts()).extracting(Payout::amountMicros).allMatch(amount -> amount >= 0);
        assertThat(plan.payouts().stream().mapToLong(Payout::amountMicros).sum()).isEqualTo(1_000_003);
        assertThat(plan.payouts()).extracting(Payout::account).contains(Accounts.PROTOCOL,
                "node:good-00000001", "node:poor-00000001", "node:e1-00000001", "node:e2-00000001", "node:e3-00000001");
        assertThat(plan.payouts()).allMatch(p -> !p.reason().isBlank());
        assertThat(plan.transfers()).allMatch(t -> t.debitAccount().equals(Accounts.CLIENT_ESCROW));
        assertThat(plan.transfers().stream().mapToLong(Transfer::amountMicros).sum()).isEqualTo(1_000_003);
        assertThat(amountTo(plan, "node:good-00000001")).isGreaterThan(amountTo(plan, "node:poor-00000001"));
        assertThat(amountTo(plan, "node:e1-00000001")).isGreaterThan(amountTo(plan, "node:e3-00000001"));
    }

    @Test
    void zeroPayoutsAreExplainedButMoveNoMoney() {
        // The only evaluator costs the most and deviates fully: R_m = 1 * (1 - 1) - 1 * 1 < 0.
        RoundDecision decision = Decisions.decided("req-planner-00000002", 10_000,
                List.of(new NodeOutcome("n1", "m", 9, 1, 1, 100, 10)),
                List.of(new EvaluatorOutcome("lazy", 1.0, 1, 1, 100)));

        SettlementPlan plan = planner.plan(decision, null);

        assertThat(amountTo(plan, "node:lazy")).isZero();
        assertThat(plan.payouts()).filteredOn(p -> p.account().equals("node:lazy"))
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("no payout"));
        assertThat(plan.transfers()).noneMatch(t -> t.creditAccount().equals("node:lazy"));
        assertThat(plan.transfers()).extracting(Transfer::id).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("req-planner-00000002/"));
    }

    @Test
    void roundWithoutADecisionRefundsTheWholeFee() {
        SettlementPlan plan = planner.plan(Decisions.undecided("req-planner-00000003", RoundStatus.NO_SCORES, 5_000), null);

        assertThat(plan.payouts()).singleElement().satisfies(p -> {
            assertThat(p.account()).isEqualTo(Accounts.CLIENT_REFUND);
            assertThat(p.amountMicros()).isEqualTo(5_000);
        });
        assertThat(plan.transfers()).singleElement().satisfies(t -> {
            assertThat(t.debitAccount()).isEqualTo(Accounts.CLIENT_ESCROW);
            assertThat(t.creditAccount()).isEqualTo(Accounts.CLIENT_REFUND);
        });
    }

    @Test
    void freeRoundSettlesWithNothingToMove() {
        SettlementPlan plan = planner.plan(Decisions.undecided("req-planner-00000004", RoundStatus.NO_RESPONSES, 0), null);

        assertThat(plan.payouts()).isEmpty();
        assertThat(plan.transfers()).isEmpty();
    }

    @Test
    void decisionsTheRulesRejectArePoisonMessages() {
        RoundDecision negativeFee = Decisions.decided("req-planner-00000005", -1);
        RoundDecision negativeRefund = Decisions.undecided("req-planner-00000006", RoundStatus.NO_SCORES, -1);
        RoundDecision scoreOutOfRange = Decisions.decided("req-planner-00000007", 100,
                List.of(new NodeOutcome("n1", "m", 11, 1, 1, 100, 10)), List.of());
        RoundDecision twiceTheSameNode = Decisions.decided("req-planner-00000008", 100,
                List.of(new NodeOutcome("n1", "m", 5, 1, 1, 100, 10), new NodeOutcome("n1", "m", 6, 1, 1, 100, 10)),
                List.of());

        for (RoundDecision decision : List.of(negativeFee, negativeRefund, scoreOutOfRange, twiceTheSameNode)) {
            assertThatThrownBy(() -> planner.plan(decision, null)).isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining(decision.requestId());
        }
    }

    private static long amountTo(SettlementPlan plan, String account) {
        return plan.payouts().stream().filter(p -> p.account().equals(account)).mapToLong(Payout::amountMicros).sum();
    }
}
