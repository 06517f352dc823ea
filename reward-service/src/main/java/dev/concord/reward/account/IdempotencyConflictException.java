package dev.concord.reward.account;

/** A request that reuses an idempotency key (a request id, a deposit id) for something different. */
public class IdempotencyConflictException extends RuntimeException {

    private final String param;

    public IdempotencyConflictException(String message, String param) {
        super(message);
        this.param = param;
    }

    public String param() {
        return param;
    }
}
