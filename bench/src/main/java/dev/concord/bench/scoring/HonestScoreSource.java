package dev.concord.bench.scoring;

import java.util.List;

/**
 * What an honest evaluator's scorer says about an answer, before the evaluator's own noise: the real in-jar models
 * in a sweep ({@link ScoreTable#fromModels}), a synthetic source in tests.
 */
public interface HonestScoreSource {

    /** The scorer kinds, in the order evaluators are assigned them round-robin. */
    List<String> scorerNames();

    /** Scorer {@code scorer}'s score 0..10 of node {@code node}'s answer to item {@code item}. */
    double score(int scorer, int item, int node);
}
