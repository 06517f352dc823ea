package dev.concord.reward.settlement;

import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.Nullable;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.quality.reward.EvaluatorOutcome;
import dev.concord.quality.reward.InferenceOutcome;
import dev.concord.quality.reward.PayeeRole;
import dev.concord.quality.reward.RewardCalculator;
import dev.concord.quality.reward.RoundPayouts;
import dev.concord.reward.account.Reservation;
import dev.concord.reward.account.ReservationClosure;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a round decision into a settlement plan. A decided round is paid out by concord-quality's
 * {@link RewardCalculator} (protocol share, inference and evaluator pools, never negative, summing to the fee).
 *
 * <p>Where the fee comes from: a round with a reservation is charged its fee (at most what was reserved) from
 * {@value Accounts#CLIENT_RESERVED} and the rest goes back to the client; a failed round voids its reservation and
 * charges nothing. An unmetered round (no reservation) is paid from {@value Accounts#CLIENT_ESCROW}, and when it
 * fails its whole fee goes to {@value Accounts#CLIENT_REFUND}.
 *
 * <p>A round decided after its reservation expired (and was released to the client) still pays its nodes in full:
 * the work was done. Its fee (at most what was reserved, as always) is taken from the client's available balance as
 * far as it goes, and the rest is advanced by the protocol from {@value Accounts#PROTOCOL_SHORTFALL}, recorded as a
 * shortfall transfer naming the client, so no client goes negative and nothing is hidden. A failed round whose
 * reservation expired has nothing left to do.
 */
public final class SettlementPlanner {

    private final RewardCalculator calculator;

    public SettlementPlanner(RewardCalculator calculator) {
        this.calculator = calculator;
    }

    /** @throws InvalidEventException when the decision cannot be settled: a poison message, not worth a retry */
    public SettlementPlan plan(RoundDecision decision, @Nullable Reservation reservation) {
        return settleable(decision, () -> reservation == null ? unmetered(decision) : reserved(decision, reservation));
    }

    private SettlementPlan unmetered(RoundDecision decision) {
        List<Payout> payouts = decision.status() == RoundStatus.DECIDED
                ? rewards(decision, decision.feeMicros()) : refund(decision);
        return new SettlementPlan(decision.requestId(), decision.status(), decision.feeMicros(), decision.decidedAt(),
                payouts, transfers(decision.requestId(), Accounts.CLIENT_ESCROW, payouts), null);
    }

    private SettlementPlan reserved(RoundDecision decision, Reservation reservation) {
        ReservationClosure closure = decision.status() == RoundStatus.DECIDED
                ? reservation.settle(decision.feeMicros()) : reservation.voidAll();
        List<Payout> payouts = decision.status() == RoundStatus.DECIDED
                ? rewards(decision, closure.chargedMicros()) : List.of();
        return new SettlementPlan(decision.requestId(), decision.status(), closure.chargedMicros(),
                decision.decidedAt(), payouts, transfers(decision.requestId(), Accounts.CLIENT_RESERVED, payouts),
                closure);
    }

    /**
     * @param availableMicros the client's balance now (its account locked by the caller), from which the late fee is
     *                        taken as far as it goes
     * @throws InvalidEventException when the decision cannot be settled: a poison message, not worth a retry
     */
    public SettlementPlan planAfterExpiry(RoundDecision decision, Reservation expired, long availableMicros) {
        return settleable(decision, () -> afterExpiry(decision, expired, availableMicros));
    }

    /** Every plan starts from a fee that is not negative; a decision that cannot be planned is a poison message. */
    private static SettlementPlan settleable(RoundDecision decision, Supplier<SettlementPlan> plan) {
        try {
            if (decision.feeMicros() < 0) {
                throw new IllegalArgumentException("negative fee " + decision.feeMicros());
            }
            return plan.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("round " + decision.requestId() + " cannot be settled: " + e.getMessage(), e);
        }
    }

    private SettlementPlan afterExpiry(RoundDecision decision, Reservation expired, long availableMicros) {
        String requestId = decision.requestId();
        if (decision.status() != RoundStatus.DECIDED) {
            return new SettlementPlan(requestId, decision.status(), 0, decision.decidedAt(), List.of(), List.of(), null);
        }
        long fee = expired.cap(decision.feeMicros());
        long fromClient = Math.min(fee, Math.max(availableMicros, 0));
        long shortfall = fee - fromClient;
        List<Transfer> funding = new ArrayList<>();
        if (fromClient > 0) {
            funding.add(new Transfer(requestId + "/late-charge", TransferPurpose.LATE_CHARGE, expired.account(),
                    Accounts.CLIENT_RESERVED, fromClient, "round " + requestId + " decided after its reservation "
                    + "expired at " + expired.expiresAt() + ": fee charged from the balance"));
        }
        if (shortfall > 0) {
            funding.add(new Transfer(requestId + "/shortfall", TransferPurpose.SHORTFALL, Accounts.PROTOCOL_SHORTFALL,
                    Accounts.CLIENT_RESERVED, shortfall, "round " + requestId + " decided after its reservation "
                    + "expired: account '" + expired.accountId() + "' covered " + fromClient + " of " + fee
                    + " micros, the protocol advanced the rest"));
        }
        List<Payout> payouts = rewards(decision, fee);
        return new SettlementPlan(requestId, decision.status(), fee, decision.decidedAt(), payouts,
                transfers(requestId, Accounts.CLIENT_RESERVED, payouts), null, funding);
    }

    private List<Payout> rewards(RoundDecision decision, long feeMicros) {
        List<InferenceOutcome> inference = decision.nodes().stream()
                .map(n -> new InferenceOutcome(n.nodeId(), n.consensusScore(), n.costMicros()))
                .toList();
        List<EvaluatorOutcome> evaluators = decision.evaluators().stream()
                .map(e -> new EvaluatorOutcome(e.evaluatorId(), e.deviation(), e.costMicros(), e.weightAfter()))
                .toList();
        RoundPayouts round = calculator.payouts(feeMicros, inference, evaluators);
        return round.payouts().stream()
                .map(p -> new Payout(p.role() == PayeeRole.PROTOCOL ? Accounts.PROTOCOL : Accounts.node(p.account()),
                        p.amount(), p.reason()))
                .toList();
    }

    private static List<Payout> refund(RoundDecision decision) {
        if (decision.feeMicros() == 0) {
            return List.of();
        }
        return List.of(new Payout(Accounts.CLIENT_REFUND, decision.feeMicros(),
                "refund: round ended " + decision.status() + ", nobody is paid"));
    }

    /** One transfer per positive payout; its id (round and payout position) is the same on every redelivery. */
    private static List<Transfer> transfers(String requestId, String source, List<Payout> payouts) {
        List<Transfer> transfers = new ArrayList<>();
        for (int position = 0; position < payouts.size(); position++) {
            Payout payout = payouts.get(position);
            if (payout.amountMicros() > 0) {
                transfers.add(new Transfer(requestId + "/" + position, TransferPurpose.PAYOUT, source,
                        payout.account(), payout.amountMicros(), payout.reason()));
            }
        }
        return transfers;
    }
}
