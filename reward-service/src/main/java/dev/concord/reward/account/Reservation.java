package dev.concord.reward.account;

import dev.concord.reward.ledger.Accounts;
import java.time.Instant;
import java.util.Objects;

/**
 * A round's maximum fee, set aside from a client's balance until the round's settlement charges or releases it, or
 * until it expires: a round that is never decided (its gateway crashed, its prompt was lost) must not lock the
 * client's money forever.
 *
 * @param expiresAt when the sweeper may void it if no decision has closed it: the round's deadline plus a grace
 */
public record Reservation(String requestId, String accountId, long amountMicros, Instant reservedAt,
                          Instant expiresAt) {

    public Reservation {
        if (amountMicros <= 0) {
            throw new IllegalArgumentException("reservation of " + amountMicros + " micros; must be > 0");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The client's account in the ledger. */
    public String account() {
        return Accounts.client(accountId);
    }

    /** Settled by a decided round: charges its fee (at most what was reserved) and releases the rest. */
    public ReservationClosure settle(long feeMicros) {
        return new ReservationClosure(this, ReservationOutcome.SETTLED, cap(feeMicros));
    }

    /** Voided by a round that failed: nothing is charged. */
    public ReservationClosure voidAll() {
        return new ReservationClosure(this, ReservationOutcome.VOIDED, 0);
    }

    /** Voided by the sweeper because no decision came before {@link #expiresAt}: nothing is charged. */
    public ReservationClosure expire() {
        return new ReservationClosure(this, ReservationOutcome.EXPIRED, 0);
    }

    /** What a decided round's fee may charge: never more than the client agreed to set aside, never negative. */
    public long cap(long feeMicros) {
        return Math.min(Math.max(feeMicros, 0), amountMicros);
    }
}
