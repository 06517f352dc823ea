package dev.concord.reward.settlement;

import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Settlement;
import java.time.Instant;
import java.util.List;

/**
 * How one round's fee is paid out: the payouts (zero amounts included, each with its reason) and the transfers
 * that move the money out of client escrow (one per positive payout).
 */
public record SettlementPlan(String requestId, RoundStatus status, long feeMicros, Instant decidedAt,
                             List<Payout> payouts, List<Transfer> transfers) {

    public SettlementPlan {
        payouts = List.copyOf(payouts);
        transfers = List.copyOf(transfers);
        long paid = payouts.stream().mapToLong(Payout::amountMicros).sum();
        long moved = transfers.stream().mapToLong(Transfer::amountMicros).sum();
        if (paid != feeMicros || moved != feeMicros) {
            throw new IllegalStateException("round " + requestId + ": fee " + feeMicros + " but payouts sum to "
                    + paid + " and transfers to " + moved);
        }
    }

    public Settlement toEvent(Instant settledAt) {
        return new Settlement(Settlement.VERSION, requestId, feeMicros, payouts, settledAt);
    }
}
