package dev.concord.consensus.round;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.quality.aggregation.AggregationRule;
import dev.concord.quality.trust.RoundScores;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a round's score sheets into a verdict: aggregates each response's scores with the round's rule and the
 * evaluators' trust weights, and picks the winner. Deterministic, so anyone holding the stored round can recompute
 * it. Every sheet scores every response (consensus rejects incomplete sheets before they get here).
 *
 * <p>A response that evaluators holding more than half of the round's trust weight flag as a prompt injection cannot
 * win while an unflagged one exists, whatever its score: the evaluators' penalty already sinks it under an honest
 * majority, and this keeps it from winning even when the penalty is configured mild or a colluding minority boosts
 * it. More than half, so a minority cannot disqualify an honest answer by flagging it.
 */
public final class Adjudicator {

    private Adjudicator() {
    }

    /**
     * @param weights trust weight per evaluator id, one for every sheet's evaluator
     * @throws IllegalArgumentException when there are no responses or no sheets, or a sheet misses a response
     */
    public static Verdict decide(List<InferenceResponse> responses, List<ScoreSheet> sheets, Map<String, Double> weights,
                                 AggregationRule rule) {
        if (responses.isEmpty() || sheets.isEmpty()) {
            throw new IllegalArgumentException("a verdict needs at least one response and one score sheet");
        }
        Map<String, double[]> byEvaluator = new HashMap<>();
        for (ScoreSheet sheet : sheets) {
            byEvaluator.put(sheet.evaluatorId(), inResponseOrder(sheet, responses));
        }
        double[] consensus = new double[responses.size()];
        Map<String, Double> byNode = new LinkedHashMap<>();
        for (int f = 0; f < responses.size(); f++) {
            double[] scores = new double[sheets.size()];
            double[] w = new double[sheets.size()];
            for (int m = 0; m < sheets.size(); m++) {
                String evaluator = sheets.get(m).evaluatorId();
                scores[m] = byEvaluator.get(evaluator)[f];
                w[m] = weights.get(evaluator);
            }
            consensus[f] = rule.aggregate(scores, w);
            byNode.put(responses.get(f).nodeId(), consensus[f]);
        }
        Set<String> disqualified = flaggedByMostWeight(sheets, weights);
        InferenceResponse winner = responses.stream()
                .min(Comparator.<InferenceResponse, Boolean>comparing(r -> disqualified.contains(r.nodeId()))
                        .thenComparingDouble(r -> -byNode.get(r.nodeId()))
                        .thenComparingLong(InferenceResponse::costMicros)
                        .thenComparingLong(InferenceResponse::latencyMillis)
                        .thenComparing(InferenceResponse::nodeId))
                .orElseThrow();
        return new Verdict(byNode, winner, RoundScores.of(byEvaluator, consensus), disqualified);
    }

    /** The nodes whose responses carry the injection flag on sheets holding more than half of the sheets' weight. */
    private static Set<String> flaggedByMostWeight(List<ScoreSheet> sheets, Map<String, Double> weights) {
        double total = 0;
        Map<String, Double> flaggedWeight = new HashMap<>();
        for (ScoreSheet sheet : sheets) {
            double weight = weights.get(sheet.evaluatorId());
            total += weight;
            for (Score score : sheet.scores()) {
                if (score.flags() != null && score.flags().contains(Score.PROMPT_INJECTION)) {
                    flaggedWeight.merge(score.nodeId(), weight, Double::sum);
                }
            }
        }
        double half = total / 2;
        return flaggedWeight.entrySet().stream().filter(e -> e.getValue() > half).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static double[] inResponseOrder(ScoreSheet sheet, List<InferenceResponse> responses) {
        Map<String, Double> scores = new HashMap<>();
        for (Score score : sheet.scores()) {
            scores.put(score.nodeId(), score.value());
        }
        double[] ordered = new double[responses.size()];
        for (int f = 0; f < responses.size(); f++) {
            Double score = scores.get(responses.get(f).nodeId());
            if (score == null) {
                throw new IllegalArgumentException("sheet of " + sheet.evaluatorId() + " misses " + responses.get(f).nodeId());
            }
            ordered[f] = score;
        }
        return ordered;
    }
}
