package dev.concord.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void wholeSecondsRoundedUpAndNeverZero() {
        assertThat(RetryAfter.seconds(Duration.ofMillis(12_001))).isEqualTo(13);
        assertThat(RetryAfter.seconds(Duration.ofSeconds(12))).isEqualTo(12);
        assertThat(RetryAfter.seconds(Duration.ofMillis(3))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ZERO)).isEqualTo(1);
    }
}
