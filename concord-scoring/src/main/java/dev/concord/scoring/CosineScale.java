package dev.concord.scoring;

/**
 * Maps a cosine similarity linearly onto 0..10: {@code floor} and below score 0, {@code ceiling} and above score 10.
 * Each model spreads its cosines differently (BGE rarely goes below 0.4 even off topic), so each got its own bounds.
 * The scorers now use a {@link Calibration} fitted against ground truth instead; these hand-set bounds remain as the
 * baseline the calibration report measures it against.
 */
public record CosineScale(double floor, double ceiling) {

    public CosineScale {
        if (!(floor < ceiling)) {
            throw new IllegalArgumentException("floor " + floor + " must be below ceiling " + ceiling);
        }
    }

    public double toScore(double cosine) {
        double scaled = 10.0 * (cosine - floor) / (ceiling - floor);
        return Math.max(0.0, Math.min(10.0, scaled));
    }
}
