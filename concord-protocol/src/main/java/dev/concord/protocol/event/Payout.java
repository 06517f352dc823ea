package dev.concord.protocol.event;

/** One amount a settlement pays to an account, and why. */
public record Payout(String account, long amountMicros, String reason) {
}
