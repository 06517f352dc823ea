package dev.concord.consensus.round;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.quality.trust.RoundScores;
import java.util.Map;
import java.util.Set;

/**
 * What the scores of a round add up to.
 *
 * @param consensusScores per node id, the aggregate of the evaluators' scores
 * @param winner          the response with the highest consensus score, not disqualified if any is not (ties: lower
 *                        cost, lower latency, node id)
 * @param scores          every evaluator's scores beside the consensus, as the trust rule reads them
 * @param disqualified    nodes whose responses most of the trust weight flagged as prompt injections: they cannot win
 *                        while another response is not flagged
 */
public record Verdict(Map<String, Double> consensusScores, InferenceResponse winner, RoundScores scores,
                      Set<String> disqualified) {

    public double winnerScore() {
        return consensusScores.get(winner.nodeId());
    }
}
