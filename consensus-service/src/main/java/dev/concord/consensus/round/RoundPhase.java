package dev.concord.consensus.round;

/**
 * Where a round stands: collecting commitments, waiting for the committed nodes to reveal, waiting for score sheets,
 * or closed with one of three outcomes.
 */
public enum RoundPhase {
    COLLECTING,
    REVEALING,
    SCORING,
    DECIDED,
    NO_RESPONSES,
    NO_SCORES;

    public boolean isOpen() {
        return this == COLLECTING || this == REVEALING || this == SCORING;
    }
}
