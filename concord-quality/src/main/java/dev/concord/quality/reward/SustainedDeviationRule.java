package dev.concord.quality.reward;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slashing for sustained deviation: an evaluator whose trust weight was at the floor w_min at the end of each
 * of the last {@code epochs} epochs. One bad epoch is not enough: the trust rule already cut its influence,
 * and slashing is reserved for a pattern an honest evaluator does not show.
 *
 * @param epochs    E, how many consecutive epochs at the floor trigger a slash, {@code >= 1}
 * @param minWeight w_min of the trust rule in force
 */
public record SustainedDeviationRule(int epochs, double minWeight) {

    /** Concord's default E [ours]. */
    public static final int DEFAULT_EPOCHS = 3;

    /** Absorbs rounding in a weight that was clipped to the floor and then stored and read back. */
    private static final double FLOOR_TOLERANCE = 1e-9;

    public SustainedDeviationRule {
        if (epochs < 1 || !(minWeight > 0)) {
            throw new IllegalArgumentException("need epochs >= 1 and w_min > 0, got " + epochs + ", " + minWeight);
        }
    }

    /** @param weightAtEpochEnds the evaluator's weight at the end of each epoch, oldest first */
    public boolean isSustained(List<Double> weightAtEpochEnds) {
        int n = weightAtEpochEnds.size();
        return n >= epochs && weightAtEpochEnds.subList(n - epochs, n).stream()
                .allMatch(w -> w <= minWeight + FLOOR_TOLERANCE);
    }

    /** The slash this rule calls for, if any. */
    public Optional<Slash> check(String evaluatorId, List<Double> weightAtEpochEnds) {
        if (!isSustained(weightAtEpochEnds)) {
            return Optional.empty();
        }
        return Optional.of(new Slash(evaluatorId, SlashReason.SUSTAINED_DEVIATION, String.format(Locale.ROOT,
                "trust at w_min %.4f for the last %d epochs", minWeight, epochs)));
    }
}
