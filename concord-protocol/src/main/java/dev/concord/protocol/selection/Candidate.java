package dev.concord.protocol.selection;

/** A node that may be selected for a round, with its selection weight (stake times reputation). */
public record Candidate(String nodeId, String operatorId, String model, double weight) {
}
