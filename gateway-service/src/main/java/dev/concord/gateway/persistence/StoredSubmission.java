package dev.concord.gateway.persistence;

import java.time.Duration;
import java.time.Instant;

/**
 * A submission as stored: who sent it, with which idempotency key and body fingerprint, what it was charged, and
 * its outcome once there is one.
 *
 * @param status   {@code PENDING}, then the round's status ({@code DECIDED}, {@code NO_RESPONSES}, ...) or
 *                 {@code TIMED_OUT} when no decision came back in time, {@code FAILED} when the round could not run
 * @param decision the round's decision as JSON, once it came back
 */
public record StoredSubmission(String roundId, String keyId, String idempotencyKey, String requestHash,
                               long chargedMicros, String status, String decision, Instant createdAt,
                               Instant finishedAt) {

    public static final String PENDING = "PENDING";
    public static final String TIMED_OUT = "TIMED_OUT";
    /** The prompt could not be published, or the decision could not be read. */
    public static final String FAILED = "FAILED";

    public boolean pending() {
        return PENDING.equals(status);
    }

    /** Still pending after the longest a round can take: its replica stopped before the outcome came back. */
    public boolean abandoned(Instant now, Duration longestWait) {
        return pending() && now.isAfter(createdAt.plus(longestWait));
    }
}
