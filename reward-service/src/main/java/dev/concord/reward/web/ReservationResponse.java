package dev.concord.reward.web;

import dev.concord.reward.account.ReservationReceipt;
import java.time.Instant;

/** A recorded reservation and what the account has left to reserve. */
record ReservationResponse(String requestId, String accountId, long amountMicros, Instant reservedAt,
                           long availableMicros) {

    static ReservationResponse of(ReservationReceipt receipt) {
        return new ReservationResponse(receipt.reservation().requestId(), receipt.reservation().accountId(),
                receipt.reservation().amountMicros(), receipt.reservation().reservedAt(), receipt.availableMicros());
    }
}
