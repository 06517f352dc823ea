package dev.concord.reward.account;

/** A deposit as recorded, and the account's balance after it. */
public record Deposit(String depositId, String accountId, long amountMicros, long balanceMicros) {
}
