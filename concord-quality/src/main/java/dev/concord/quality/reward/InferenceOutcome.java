package dev.concord.quality.reward;

/**
 * What an inference node earned a reward for in a round.
 *
 * @param nodeId         the node's id, also the tie-break for rounding
 * @param consensusScore its response's consensus score, 0..10
 * @param cost           what its response cost, in the smallest money unit, {@code >= 0}
 */
public record InferenceOutcome(String nodeId, double consensusScore, long cost) {

    public InferenceOutcome {
        if (nodeId == null || nodeId.isBlank() || !(consensusScore >= 0 && consensusScore <= 10) || cost < 0) {
            throw new IllegalArgumentException("invalid inference outcome " + nodeId + ", " + consensusScore
                    + ", " + cost);
        }
    }
}
