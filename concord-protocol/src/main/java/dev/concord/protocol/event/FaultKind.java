package dev.concord.protocol.event;

/** A protocol fault consensus recorded against an inference node in a round. */
public enum FaultKind {
    /** Its revealed answer does not open its signed commitment: provable from the two signed events. */
    COMMITMENT_MISMATCH,
    /** It committed, so it took a place in the round, and did not reveal before the reveal deadline. */
    TIMEOUT_AFTER_ACCEPT,
    /** It published its answer before the commit window closed, where others could copy it: excluded from the round. */
    EARLY_REVEAL
}
