package dev.concord.evaluator.scoring;

/**
 * A scorer could not grade one of the responses, so it grades none: a score sheet must score every response, and a
 * number the scorer did not produce has no place on a signed sheet. The caller publishes no sheet for the round.
 */
public final class ScorerAbstainedException extends RuntimeException {

    private final int responseIndex;

    public ScorerAbstainedException(String scorerId, int responseIndex, String reason) {
        super(scorerId + " abstained on response " + responseIndex + ": " + reason);
        this.responseIndex = responseIndex;
    }

    /** Position, in the round's order, of the first response it could not grade. */
    public int responseIndex() {
        return responseIndex;
    }
}
