package dev.concord.protocol.event;

/** How a round ended. */
public enum RoundStatus {
    /** A winner was chosen from scored responses. */
    DECIDED,
    /** No selected node answered before the response deadline. */
    NO_RESPONSES,
    /** Responses arrived but no evaluator scored them before the round deadline. */
    NO_SCORES
}
