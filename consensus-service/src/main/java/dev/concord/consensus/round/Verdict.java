package dev.concord.consensus.round;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.quality.trust.RoundScores;
import java.util.Map;

/**
 * What the scores of a round add up to.
 *
 * @param consensusScores per node id, the aggregate of the evaluators' scores
 * @param winner          the response with the highest consensus score (ties: lower cost, lower latency, node id)
 * @param scores          every evaluator's scores beside the consensus, as the trust rule reads them
 */
public record Verdict(Map<String, Double> consensusScores, InferenceResponse winner, RoundScores scores) {

    public double winnerScore() {
        return consensusScores.get(winner.nodeId());
    }
}
