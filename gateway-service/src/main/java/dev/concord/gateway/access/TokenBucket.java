package dev.concord.gateway.access;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket of {@code capacity} units that refills at {@code capacity} per {@code period}, kept as one instant
 * (the generic cell rate algorithm): the moment the bucket will be full again. Nothing ticks and no counter resets,
 * so a client gets its burst once and then its rate, never twice its limit across a window boundary as fixed windows
 * allow; and one instant per bucket is all the replicas have to share.
 */
public record TokenBucket(long capacity, Duration period) {

    public TokenBucket {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least 1 unit, was " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a bucket refills over a positive period, was " + period);
        }
    }

    public static TokenBucket perMinute(long capacity) {
        return new TokenBucket(capacity, Duration.ofMinutes(1));
    }

    /** How long until the bucket holds {@code units} (at most its capacity); zero when it holds them now. */
    public Duration waitFor(Instant fullAt, Instant now, long units) {
        long needed = Math.min(Math.max(units, 0), capacity);
        Duration debt = fullAt == null || fullAt.isBefore(now) ? Duration.ZERO : Duration.between(now, fullAt);
        Duration wait = debt.minus(period.minus(refillTime(needed)));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The new full-at instant once {@code units} are taken at {@code now}; may overdraw (a debt beyond one period). */
    public Instant take(Instant fullAt, Instant now, long units) {
        Instant from = fullAt == null || fullAt.isBefore(now) ? now : fullAt;
        return from.plus(refillTime(units));
    }

    private Duration refillTime(long units) {
        return Duration.ofNanos(Math.round((double) period.toNanos() * units / capacity));
    }
}
