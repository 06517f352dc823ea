package dev.concord.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aWindowIsTheCalendarMinuteTheInstantFallsIn() {
        assertThat(RateLimiter.windowStart(Instant.parse("2026-01-02T03:04:59.999Z"))).isEqualTo(Instant.parse("2026-01-02T03:04:00Z"));
        assertThat(RateLimiter.windowStart(Instant.parse("2026-01-02T03:05:00Z"))).isEqualTo(Instant.parse("2026-01-02T03:05:00Z"));
    }
}
