package dev.concord.reward.account;

import dev.concord.reward.ledger.Accounts;
import java.time.Instant;

/** A round's maximum fee, set aside from a client's balance until the round's settlement charges or releases it. */
public record Reservation(String requestId, String accountId, long amountMicros, Instant reservedAt) {

    public Reservation {
        if (amountMicros <= 0) {
            throw new IllegalArgumentException("reservation of " + amountMicros + " micros; must be > 0");
        }
    }

    /** The client's account in the ledger. */
    public String account() {
        return Accounts.client(accountId);
    }

    /** Settled by a decided round: charges its fee (at most what was reserved) and releases the rest. */
    public ReservationClosure settle(long feeMicros) {
        long charged = Math.min(Math.max(feeMicros, 0), amountMicros);
        return new ReservationClosure(this, ReservationOutcome.SETTLED, charged);
    }

    /** Voided by a round that failed: nothing is charged. */
    public ReservationClosure voidAll() {
        return new ReservationClosure(this, ReservationOutcome.VOIDED, 0);
    }
}
