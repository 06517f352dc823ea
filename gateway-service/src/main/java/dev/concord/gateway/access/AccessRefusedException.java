package dev.concord.gateway.access;

import java.time.Duration;

/**
 * A request the caller's key, limits, budget or idempotency key do not allow, told in OpenAI's error terms.
 *
 * @see dev.concord.gateway.web.ApiExceptionHandler
 */
public class AccessRefusedException extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final Duration retryAfter;

    public AccessRefusedException(int status, String type, String code, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** 429 with {@code Retry-After}: a rate limit of the key is used up until the window ends. */
    public static AccessRefusedException rateLimited(String message, Duration retryAfter) {
        return new AccessRefusedException(429, "requests", "rate_limit_exceeded", message, retryAfter);
    }

    /** 429 {@code insufficient_quota}, as OpenAI answers a client whose credit is used up: retrying does not help. */
    public static AccessRefusedException budgetExhausted(String message) {
        return new AccessRefusedException(429, "insufficient_quota", "insufficient_quota", message, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    /** Null when retrying later would not help. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
