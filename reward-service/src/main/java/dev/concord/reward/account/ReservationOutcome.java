package dev.concord.reward.account;

/** How a reservation ended. */
public enum ReservationOutcome {
    /** The round was decided: its fee was charged and the rest released. */
    SETTLED,
    /** The round failed: the whole reservation was released. */
    VOIDED
}
