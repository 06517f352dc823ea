package dev.concord.quality.attack;

import java.util.List;
import java.util.Map;

/**
 * What an evaluator knows when it scores a round: which nodes answered, what it would score each answer if
 * it were honest, and the consensus it saw published for the previous round (empty before the first).
 */
public record ScoringContext(List<String> nodeIds, double[] honestScores, Map<String, Double> previousConsensus) {

    public ScoringContext {
        nodeIds = List.copyOf(nodeIds);
        honestScores = honestScores.clone();
        previousConsensus = Map.copyOf(previousConsensus);
        if (nodeIds.size() != honestScores.length || nodeIds.isEmpty()) {
            throw new IllegalArgumentException("need one honest score per node, got " + honestScores.length
                    + " for " + nodeIds.size() + " nodes");
        }
        for (double score : honestScores) {
            if (!(score >= 0 && score <= 10)) {
                throw new IllegalArgumentException("honest score " + score + " outside 0..10");
            }
        }
    }

    /** A round with no published history. */
    public static ScoringContext firstRound(List<String> nodeIds, double[] honestScores) {
        return new ScoringContext(nodeIds, honestScores, Map.of());
    }

    @Override
    public double[] honestScores() {
        return honestScores.clone();
    }
}
