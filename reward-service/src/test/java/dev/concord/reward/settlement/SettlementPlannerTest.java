package dev.concord.reward.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.quality.reward.RewardCalculator;
import dev.concord.reward.account.Reservation;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import dev.concord.reward.support.Decisions;
import java.time.Instant;
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
    void decisionAfterExpiryIsFundedFromTheBalanceAndTheShortfallSoTheNodesGetTheWholeFee() {
        Reservation expired = new Reservation("req-planner-00000010", "acct-1", 4_000,
                Instant.parse("2026-11-26T09:00:00Z"), Instant.parse("2026-11-26T09:10:30Z"));
        RoundDecision decision = Decisions.paidFrom(Decisions.decided("req-planner-00000010", 5_000), "acct-1");

        SettlementPlan covered = planner.planAfterExpiry(decision, expired, 10_000);
        SettlementPlan short_ = planner.planAfterExpiry(decision, expired, 1_000);
        SettlementPlan broke = planner.planAfterExpiry(decision, expired, 0);

        for (SettlementPlan plan : List.of(covered, short_, broke)) {
            assertThat(plan.feeMicros()).as("capped at the reservation, as a settled one is").isEqualTo(4_000);
            assertThat(plan.closure()).as("the expiry was the reservation's close").isNull();
            assertThat(plan.transfers()).allMatch(t -> t.debitAccount().equals(Accounts.CLIENT_RESERVED));
            assertThat(plan.funding()).allMatch(t -> t.creditAccount().equals(Accounts.CLIENT_RESERVED));
            assertThat(plan.funding().stream().mapToLong(Transfer::amountMicros).sum()).isEqualTo(4_000);
        }
        assertThat(covered.funding()).singleElement().satisfies(t -> {
            assertThat(t.purpose()).isEqualTo(TransferPurpose.LATE_CHARGE);
            assertThat(t.debitAccount()).isEqualTo("client:acct-1");
        });
        assertThat(short_.funding()).extracting(Transfer::purpose, Transfer::debitAccount, Transfer::amountMicros)
                .containsExactly(tuple(TransferPurpose.LATE_CHARGE, "client:acct-1", 1_000L),
                        tuple(TransferPurpose.SHORTFALL, Accounts.PROTOCOL_SHORTFALL, 3_000L));
        assertThat(broke.funding()).extracting(Transfer::purpose).containsExactly(TransferPurpose.SHORTFALL);
    }

    @Test
    void failedRoundAfterExpiryHasNothingToSettle() {
        Reservation expired = new Reservation("req-planner-00000011", "acct-1", 4_000,
                Instant.parse("2026-11-26T09:00:00Z"), Instant.parse("2026-11-26T09:10:30Z"));

        SettlementPlan plan = planner.planAfterExpiry(Decisions.paidFrom(
                Decisions.undecided("req-planner-00000011", RoundStatus.NO_RESPONSES, 5_000), "acct-1"), expired, 10_000);

        assertThat(plan.feeMicros()).isZero();
        assertThat(plan.payouts()).isEmpty();
        assertThat(plan.transfers()).isEmpty();
        assertThat(plan.funding()).isEmpty();
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
