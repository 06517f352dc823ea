package dev.concord.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

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
    @Property(tries = 300)
    void admitsAtMostTheBurstPlusTheRateOverAnySpan(@ForAll @IntRange(min = 1, max = 50) int capacity,
                                                     @ForAll("gaps") long[] gapsMillis) {
        TokenBucket bucket = TokenBucket.perMinute(capacity);
        Instant now = T0;
        Instant fullAt = null;
        int admitted = 0;
        for (long gap : gapsMillis) {
            now = now.plusMillis(gap);
            if (bucket.waitFor(fullAt, now, 1).isZero()) {
                fullAt = bucket.take(fullAt, now, 1);
                admitted++;
            }
        }
        double seconds = Duration.between(T0, now).toMillis() / 1000.0;
        assertThat(admitted).isLessThanOrEqualTo(capacity + (int) Math.floor(seconds * capacity / 60.0) + 1);
    }

    /** A client that keeps exactly to the rate is never refused. */
    @Property(tries = 100)
    void aClientAtTheRateIsNeverRefused(@ForAll @LongRange(min = 1, max = 10_000) long perMinute) {
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

    @Provide
    Arbitrary<long[]> gaps() {
        return Arbitraries.longs().between(0, 5_000).array(long[].class).ofMinSize(1).ofMaxSize(400);
    }
}
