package dev.concord.consensus.round;

/** Where a round stands: collecting responses, waiting for score sheets, or closed with one of three outcomes. */
public enum RoundPhase {
    COLLECTING,
    SCORING,
    DECIDED,
    NO_RESPONSES,
    NO_SCORES;

    public boolean isOpen() {
        return this == COLLECTING || this == SCORING;
    }
}
