package dev.concord.reward.persistence;

import dev.concord.protocol.event.Payout;
import dev.concord.reward.ledger.Transfer;
import java.time.Instant;
import java.util.List;

/** A settled round as the ledger holds it: its payouts in order and the transfers that paid them. */
public record StoredSettlement(String requestId, String status, long feeMicros, Instant decidedAt, Instant settledAt,
                               List<Payout> payouts, List<Transfer> transfers) {
}
