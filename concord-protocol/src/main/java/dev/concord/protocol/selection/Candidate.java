package dev.concord.protocol.selection;

import dev.concord.protocol.event.RegistryEntry;

/** A node that may be selected for a round, with its selection weight (stake times reputation). */
public record Candidate(String nodeId, String operatorId, String model, double weight) {

    /**
     * A registry entry as a candidate: weight = stake (micros) x reputation, 1.0 being a node with no record (inference
     * nodes have none yet; an evaluator's is its trust weight).
     */
    public static Candidate of(RegistryEntry entry, double reputation) {
        return new Candidate(entry.nodeId(), entry.operatorId(), entry.model(), entry.stakeMicros() * reputation);
    }
}
