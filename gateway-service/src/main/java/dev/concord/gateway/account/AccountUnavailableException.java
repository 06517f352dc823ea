package dev.concord.gateway.account;

/** A round's fee could not be reserved because the reward service did not answer as it should. */
public class AccountUnavailableException extends RuntimeException {

    public AccountUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
