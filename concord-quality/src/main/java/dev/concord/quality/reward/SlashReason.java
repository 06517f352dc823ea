package dev.concord.quality.reward;

/**
 * The only grounds on which stake is slashed (PROOF-OF-QUALITY.md step 9): provable faults, and sustained
 * deviation. Each carries Concord's default penalty as a share of the offender's stake [ours].
 */
public enum SlashReason {
    /** A score sheet or response whose Ed25519 signature does not verify under the node's registered key. */
    BAD_SIGNATURE(1_000),
    /** A revealed response whose hash does not match the node's commitment. */
    COMMITMENT_MISMATCH(1_000),
    /** A node that accepted a round and then missed its deadline. */
    TIMEOUT_AFTER_ACCEPT(100),
    /** An evaluator whose trust stayed at w_min for E consecutive epochs, see {@link SustainedDeviationRule}. */
    SUSTAINED_DEVIATION(500);

    private final int defaultPenaltyBasisPoints;

    SlashReason(int defaultPenaltyBasisPoints) {
        this.defaultPenaltyBasisPoints = defaultPenaltyBasisPoints;
    }

    public int defaultPenaltyBasisPoints() {
        return defaultPenaltyBasisPoints;
    }

    /** The default penalty on this stake, rounded down so a slash never takes more than its share. */
    public long defaultPenalty(long stake) {
        if (stake < 0) {
            throw new IllegalArgumentException("stake must not be negative: " + stake);
        }
        return LargestRemainder.basisPointsOf(stake, defaultPenaltyBasisPoints);
    }
}
