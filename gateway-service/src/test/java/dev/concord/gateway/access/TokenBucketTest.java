package dev.concord.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:59.500Z");

    @Test
    void aFullBucketGivesItsBurstThenOneUnitPerRefillInterval() {
        TokenBucket bucket = TokenBucket.perMinute(2);
        Instant fullAt = null;
        for (int i = 0; i < 2; i++) {
            assertThat(bucket.waitFor(fullAt, T0, 1)).isZero();
            fullAt = bucket.take(fullAt, T0, 1);
        }
        assertThat(bucket.waitFor(fullAt, T0, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(bucket.waitFor(fullAt, T0.plusSeconds(30), 1)).isZero();
    }

    @Test
    void crossingAMinuteBoundaryGivesNoSecondBurst() {
        // a fixed window would let both bursts through: 2 at 03:04:59.5 and 2 more at 03:05:00
        TokenBucket bucket = TokenBucket.perMinute(2);
        Instant fullAt = bucket.take(bucket.take(null, T0, 1), T0, 1);
        assertThat(bucket.waitFor(fullAt, T0.plusMillis(600), 1)).isPositive();
    }

    @Test
    void roomForMoreThanTheBucketHoldsMeansAFullBucket() {
        TokenBucket bucket = TokenBucket.perMinute(100);
        Instant fullAt = bucket.take(null, T0, 50);
        assertThat(bucket.waitFor(fullAt, T0, 1_000)).isEqualTo(Duration.ofSeconds(30));
        assertThat(bucket.waitFor(null, T0, 1_000)).isZero();
    }

    @Test
    void anOverdrawnBucketWaitsOffItsDebt() {
        TokenBucket bucket = TokenBucket.perMinute(60);
        Instant fullAt = bucket.take(null, T0, 180);
        assertThat(bucket.waitFor(fullAt, T0, 1)).isEqualTo(Duration.ofSeconds(121));
    }

    /** Whatever the arrival pattern, over a span of s seconds no more than capacity + s x rate units are admitted. */
    @Test
    void admitsAtMostTheBurstPlusTheRateOverAnySpan() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int capacity = 1 + random.nextInt(50);
            TokenBucket bucket = TokenBucket.perMinute(capacity);
            Instant now = T0;
            Instant fullAt = null;
            int admitted = 0;
            int arrivals = 1 + random.nextInt(400);
            for (int i = 0; i < arrivals; i++) {
                now = now.plusMillis(random.nextInt(5_001));
                if (bucket.waitFor(fullAt, now, 1).isZero()) {
                    fullAt = bucket.take(fullAt, now, 1);
                    admitted++;
                }
            }
            double seconds = Duration.between(T0, now).toMillis() / 1000.0;
            assertThat(admitted).as("trial %d, capacity %d", trial, capacity)
                    .isLessThanOrEqualTo(capacity + (int) Math.floor(seconds * capacity / 60.0) + 1);
        }
    }

    /** A client that keeps exactly to the rate is never refused. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 7, 60, 61, 999, 10_000})
    void aClientAtTheRateIsNeverRefused(long perMinute) {
        TokenBucket bucket = TokenBucket.perMinute(perMinute);
        Duration interval = Duration.ofNanos(Duration.ofMinutes(1).toNanos() / perMinute + 1);
        Instant now = T0;
        Instant fullAt = null;
        for (int i = 0; i < 3 * perMinute && i < 5_000; i++) {
            assertThat(bucket.waitFor(fullAt, now, 1)).isZero();
            fullAt = bucket.take(fullAt, now, 1);
            now = now.plus(interval);
        }
    }
}
