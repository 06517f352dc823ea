package dev.concord.protocol.event;

/** What an inference node's response achieved in a round: its consensus score and what it cost. */
public record NodeOutcome(String nodeId, String model, double consensusScore, int promptTokens, int completionTokens,
                          long costMicros, long latencyMillis) {
}
