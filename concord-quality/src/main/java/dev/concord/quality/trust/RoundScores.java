package dev.concord.quality.trust;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One round as a trust rule sees it: each evaluator's scores of the round's responses and the consensus of
 * the same responses, all in the same response order. Evaluators are kept sorted by id so every rule
 * iterates them in the same order, whatever map the caller passed.
 */
public final class RoundScores {

    private final SortedMap<String, double[]> scoresByEvaluator;
    private final double[] consensus;

    private RoundScores(SortedMap<String, double[]> scoresByEvaluator, double[] consensus) {
        this.scoresByEvaluator = scoresByEvaluator;
        this.consensus = consensus;
    }

    /**
     * @param scoresByEvaluator evaluator id to its scores, one per response, 0..10
     * @param consensus         consensus score per response, same order
     */
    public static RoundScores of(Map<String, double[]> scoresByEvaluator, double[] consensus) {
        if (scoresByEvaluator.isEmpty() || consensus.length == 0) {
            throw new IllegalArgumentException("a round needs at least one evaluator and one response");
        }
        SortedMap<String, double[]> copy = new TreeMap<>();
        scoresByEvaluator.forEach((id, scores) -> {
            if (scores.length != consensus.length) {
                throw new IllegalArgumentException("evaluator " + id + " scored " + scores.length
                        + " responses, the round has " + consensus.length);
            }
            copy.put(id, scores.clone());
        });
        return new RoundScores(Collections.unmodifiableSortedMap(copy), consensus.clone());
    }

    /** Sorted by id. */
    public List<String> evaluatorIds() {
        return new ArrayList<>(scoresByEvaluator.keySet());
    }

    public double[] scores(String evaluatorId) {
        return sheet(evaluatorId).clone();
    }

    public double[] consensus() {
        return consensus.clone();
    }

    public int responseCount() {
        return consensus.length;
    }

    public double deviation(String evaluatorId) {
        return Deviation.of(sheet(evaluatorId), consensus);
    }

    private double[] sheet(String evaluatorId) {
        double[] scores = scoresByEvaluator.get(evaluatorId);
        if (scores == null) {
            throw new IllegalArgumentException("evaluator " + evaluatorId + " did not score this round");
        }
        return scores;
    }
}
