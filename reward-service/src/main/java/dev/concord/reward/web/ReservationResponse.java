package dev.concord.reward.web;

import dev.concord.reward.account.ReservationReceipt;
import java.time.Instant;

/** A recorded reservation, when it expires unless its round's decision closes it, and what the account has left. */
record ReservationResponse(String requestId, String accountId, long amountMicros, Instant reservedAt,
                           Instant expiresAt, long availableMicros) {

    static ReservationResponse of(ReservationReceipt receipt) {
        return new ReservationResponse(receipt.reservation().requestId(), receipt.reservation().accountId(),
                receipt.reservation().amountMicros(), receipt.reservation().reservedAt(),
                receipt.reservation().expiresAt(), receipt.availableMicros());
    }
}
