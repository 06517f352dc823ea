package dev.concord.gateway.submission;

/**
 * An {@code Idempotency-Key} the caller used before: for another body (422), or for a request still running (409).
 */
public class IdempotencyConflictException extends RuntimeException {

    private final boolean stillRunning;

    private IdempotencyConflictException(String message, boolean stillRunning) {
        super(message);
        this.stillRunning = stillRunning;
    }

    static IdempotencyConflictException otherBody(String idempotencyKey) {
        return new IdempotencyConflictException("Idempotency-Key '" + idempotencyKey
                + "' was used with a different request body; use a new key for a new request", false);
    }

    static IdempotencyConflictException stillRunning(String idempotencyKey, String roundId) {
        return new IdempotencyConflictException("the request with Idempotency-Key '" + idempotencyKey
                + "' is still running as round " + roundId + "; retry when it is done", true);
    }

    public boolean stillRunning() {
        return stillRunning;
    }
}
