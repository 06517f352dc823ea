package dev.concord.scoring;

import java.util.List;

/**
 * Grades every response of a round against its prompt. Implementations are thread-safe: one instance serves every
 * hosted evaluator that uses it.
 */
public interface Scorer {

    /** What scores, as {@code kind:model@version}; announced as the evaluator's model and written on its sheets. */
    String id();

    /**
     * One score per response, in the order given, each on 0..10.
     *
     * @param responses may be empty, then so is the result
     */
    List<Double> score(String prompt, List<String> responses);
}
