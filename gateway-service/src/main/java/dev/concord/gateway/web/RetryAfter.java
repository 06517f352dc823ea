package dev.concord.gateway.web;

import java.time.Duration;

/** {@code Retry-After} in whole seconds, rounded up, and at least one: zero would invite an immediate retry. */
final class RetryAfter {

    private RetryAfter() {
    }

    static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
