package dev.concord.reward.account;

/** A reservation as recorded, and what the account has left to reserve. */
public record ReservationReceipt(Reservation reservation, long availableMicros) {
}
