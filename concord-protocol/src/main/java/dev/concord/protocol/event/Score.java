package dev.concord.protocol.event;

/** One evaluator's score of one node's response, on 0..10. */
public record Score(String nodeId, double value) {
}
