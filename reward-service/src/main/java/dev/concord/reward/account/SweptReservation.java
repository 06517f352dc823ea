package dev.concord.reward.account;

/**
 * A reservation the sweeper found past its expiry, and whether it expired it ({@code false}: its round's decision
 * closed it first, while the sweeper waited for the round's lock).
 */
public record SweptReservation(Reservation reservation, boolean expired) {
}
