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
 */
public record SettlementPlan(String requestId, RoundStatus status, long feeMicros, Instant decidedAt,
                             List<Payout> payouts, List<Transfer> transfers, @Nullable ReservationClosure closure) {

    public SettlementPlan {
        payouts = List.copyOf(payouts);
        transfers = List.copyOf(transfers);
        long paid = payouts.stream().mapToLong(Payout::amountMicros).sum();
        long moved = transfers.stream().mapToLong(Transfer::amountMicros).sum();
        if (paid != feeMicros || moved != feeMicros || (closure != null && closure.chargedMicros() != feeMicros)) {
            throw new IllegalStateException("round " + requestId + ": fee " + feeMicros + " but payouts sum to "
                    + paid + " and transfers to " + moved + (closure == null ? "" : ", reservation charged "
                    + closure.chargedMicros()));
        }
    }

    public Settlement toEvent(Instant settledAt) {
        return new Settlement(Settlement.VERSION, requestId, feeMicros, payouts, settledAt);
    }
}
