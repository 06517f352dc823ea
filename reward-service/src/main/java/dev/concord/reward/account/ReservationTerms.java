package dev.concord.reward.account;

import dev.concord.protocol.event.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * When a reservation expires: its round's deadline plus {@code grace} (time for consensus to decide and for the
 * decision to reach this service, a backlog after a restart included). A caller that names no deadline gets
 * {@code defaultRoundDuration} from the reservation; a deadline further away than {@code maximumRoundDuration} is
 * refused, so no reservation can lock a client's money for long.
 */
public record ReservationTerms(Duration grace, Duration defaultRoundDuration, Duration maximumRoundDuration) {

    public ReservationTerms {
        if (grace.isNegative() || defaultRoundDuration.isNegative() || defaultRoundDuration.isZero()
                || maximumRoundDuration.compareTo(defaultRoundDuration) < 0) {
            throw new IllegalArgumentException("reservation terms: grace " + grace + " must be >= 0, default round "
                    + defaultRoundDuration + " > 0 and at most the maximum " + maximumRoundDuration);
        }
    }

    /** @throws IllegalArgumentException when the deadline is further away than the longest round allowed */
    public Instant expiry(Instant reservedAt, @Nullable Instant roundDeadline) {
        Instant deadline = roundDeadline == null ? reservedAt.plus(defaultRoundDuration) : roundDeadline;
        if (deadline.isAfter(reservedAt.plus(maximumRoundDuration))) {
            throw new IllegalArgumentException("roundDeadline " + roundDeadline + " is more than "
                    + maximumRoundDuration + " away; a reservation may not lock funds that long");
        }
        return deadline.plus(grace);
    }
}
