package dev.concord.reward.account;

/** How a reservation ended. */
public enum ReservationOutcome {
    /** The round was decided: its fee was charged and the rest released. */
    SETTLED,
    /** The round failed: the whole reservation was released. */
    VOIDED,
    /**
     * No decision came before the reservation's expiry: the whole reservation was released by the sweeper. A decision
     * that still comes is settled from the client's available balance (see {@code SettlementPlanner}).
     */
    EXPIRED
}
