package dev.concord.inference.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InferenceCostTest {

    @Test
    void chargesWholeThousandsExactly() {
        assertThat(InferenceCost.micros(600, 400, 1_500)).isEqualTo(1_500);
    }

    @Test
    void roundsAFractionOfAMicroUp() {
        // 19 tokens at 10 micros per 1k tokens is 0.19 micros: the node is paid 1, never 0
        assertThat(InferenceCost.micros(12, 7, 10)).isEqualTo(1);
        // 1,001 tokens at 1,000 micros per 1k is 1,001 micros exactly; 1,001 at 999 is 999.999 -> 1,000
        assertThat(InferenceCost.micros(1_000, 1, 1_000)).isEqualTo(1_001);
        assertThat(InferenceCost.micros(1_000, 1, 999)).isEqualTo(1_000);
    }

    @Test
    void aFreeNodeCostsNothing() {
        assertThat(InferenceCost.micros(500, 500, 0)).isZero();
    }

    @Test
    void doesNotOverflowOnLargeCounts() {
        assertThat(InferenceCost.micros(Integer.MAX_VALUE, Integer.MAX_VALUE, 1_000_000))
                .isEqualTo(2L * Integer.MAX_VALUE * 1_000);
    }

    @Test
    void rejectsNegativeInput() {
        assertThatThrownBy(() -> InferenceCost.micros(-1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
