package dev.concord.reward.settlement;

/**
 * When sustained deviation is slashed (PROOF-OF-QUALITY.md step 9: trust at w_min for E epochs): an evaluator whose
 * trust weight after the round is at or below {@code floorWeight} in {@code rounds} decided rounds in a row loses
 * {@code slashBasisPoints} of its bonded stake and is jailed.
 */
public record DeviationRule(double floorWeight, int rounds, int slashBasisPoints) {

    public DeviationRule {
        if (!(floorWeight >= 0) || rounds < 1 || slashBasisPoints < 0 || slashBasisPoints > 10_000) {
            throw new IllegalArgumentException("invalid deviation rule " + floorWeight + ", " + rounds + ", "
                    + slashBasisPoints);
        }
    }

    public boolean atFloor(double weightAfter) {
        return weightAfter <= floorWeight + 1e-9;
    }
}
