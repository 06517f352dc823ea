package dev.concord.reward.settlement;

import dev.concord.protocol.event.Nullable;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Settlement;
import dev.concord.reward.account.ReservationClosure;
import dev.concord.reward.ledger.Transfer;
import java.time.Instant;
import java.util.List;

/**
 * How one round's fee is paid out: the payouts (zero amounts included, each with its reason), the transfers that
 * pay them (one per positive payout, out of the client's reservation or, for an unmetered round, client escrow),
 * and how the round's reservation closes, if it had one.
 *
 * <p>{@code funding}: for a round decided after its reservation expired, the transfers that fill
 * {@code client-reserved} with the fee before the payouts take it out again (the late charge from the client's
 * balance and the shortfall the protocol advances); empty otherwise. They add up to the fee when present.
 */
public record SettlementPlan(String requestId, RoundStatus status, long feeMicros, Instant decidedAt,
                             List<Payout> payouts, List<Transfer> transfers, @Nullable ReservationClosure closure,
                             List<Transfer> funding) {

    public SettlementPlan {
        payouts = List.copyOf(payouts);
        transfers = List.copyOf(transfers);
        funding = List.copyOf(funding);
        long paid = payouts.stream().mapToLong(Payout::amountMicros).sum();
        long moved = transfers.stream().mapToLong(Transfer::amountMicros).sum();
        long funded = funding.stream().mapToLong(Transfer::amountMicros).sum();
        if (paid != feeMicros || moved != feeMicros || (closure != null && closure.chargedMicros() != feeMicros)
                || (!funding.isEmpty() && (funded != feeMicros || closure != null))) {
            throw new IllegalStateException("round " + requestId + ": fee " + feeMicros + " but payouts sum to "
                    + paid + " and transfers to " + moved + (closure == null ? "" : ", reservation charged "
                    + closure.chargedMicros()) + (funding.isEmpty() ? "" : ", funded " + funded));
        }
    }

    /** A plan whose payouts come from where they always do: no funding transfers. */
    public SettlementPlan(String requestId, RoundStatus status, long feeMicros, Instant decidedAt,
                          List<Payout> payouts, List<Transfer> transfers, @Nullable ReservationClosure closure) {
        this(requestId, status, feeMicros, decidedAt, payouts, transfers, closure, List.of());
    }

    public Settlement toEvent(Instant settledAt) {
        return new Settlement(Settlement.VERSION, requestId, feeMicros, payouts, settledAt);
    }
}
