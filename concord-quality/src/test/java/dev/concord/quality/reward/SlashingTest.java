package dev.concord.quality.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlashingTest {

    private final SustainedDeviationRule rule = new SustainedDeviationRule(3, 0.1);

    @Test
    void sustainedDeviationNeedsTheLastEEpochsAllAtTheFloor() {
        assertTrue(rule.isSustained(List.of(1.2, 0.1, 0.1, 0.1)));
        assertFalse(rule.isSustained(List.of(0.1, 0.1, 0.5, 0.1, 0.1)));
        assertFalse(rule.isSustained(List.of(0.1, 0.1)));
        assertTrue(rule.isSustained(List.of(0.1, 0.1, 0.1 + 1e-12)));
    }

    @Test
    void aSustainedDeviationSlashCarriesItsEvidence() {
        Slash slash = rule.check("eval-7", List.of(0.1, 0.1, 0.1)).orElseThrow();
        assertEquals(SlashReason.SUSTAINED_DEVIATION, slash.reason());
        assertEquals("trust at w_min 0.1000 for the last 3 epochs", slash.evidence());
        assertTrue(rule.check("eval-7", List.of(0.1, 0.2, 0.1)).isEmpty());
    }

    @Test
    void defaultPenaltiesRoundDown() {
        assertEquals(99, SlashReason.BAD_SIGNATURE.defaultPenalty(999));
        assertEquals(9, SlashReason.TIMEOUT_AFTER_ACCEPT.defaultPenalty(999));
        assertEquals(Long.MAX_VALUE / 10_000 * 500 + Long.MAX_VALUE % 10_000 * 500 / 10_000,
                SlashReason.SUSTAINED_DEVIATION.defaultPenalty(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> SlashReason.COMMITMENT_MISMATCH.defaultPenalty(-1));
        assertThrows(IllegalArgumentException.class, () -> new SustainedDeviationRule(0, 0.1));
    }
}
