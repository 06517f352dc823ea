package dev.concord.protocol.event;

/**
 * How an evaluator did in a round: its mean deviation from consensus (0..1), the trust weight it was aggregated
 * with, and its new weight after the round's trust update.
 */
public record EvaluatorOutcome(String evaluatorId, double deviation, double weightUsed, double weightAfter, long costMicros) {
}
