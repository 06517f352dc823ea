package dev.concord.protocol.event;

/**
 * A fault of one node in one round, carried by the {@link RoundDecision} so reward-service can slash it.
 *
 * @param evidence what consensus saw, e.g. the committed hash and the hash of the reveal
 */
public record NodeFault(String nodeId, FaultKind kind, String evidence) {
}
