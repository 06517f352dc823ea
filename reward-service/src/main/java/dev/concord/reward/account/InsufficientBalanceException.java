package dev.concord.reward.account;

/** A reservation larger than the client's available balance. */
public class InsufficientBalanceException extends RuntimeException {

    public InsufficientBalanceException(String accountId, long availableMicros, long requestedMicros) {
        super("Account '" + accountId + "' has " + availableMicros + " micros available; " + requestedMicros
                + " requested");
    }
}
