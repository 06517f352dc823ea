package dev.concord.protocol.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One evaluator's score of one node's response, on 0..10.
 *
 * @param flags what the evaluator found wrong with the response beyond its quality (e.g. {@link #PROMPT_INJECTION}),
 *              so consensus and auditors see why a score was penalised; absent (null) when there is none. Left out
 *              of the JSON when absent, so sheets signed before the field existed keep their exact signed form.
 */
public record Score(String nodeId, double value,
                   @Nullable @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags) {

    /** The response tried to instruct its grader; its score carries the evaluator's injection penalty. */
    public static final String PROMPT_INJECTION = "prompt-injection";

    public Score {
        // One form for "no flags" (absent), so a sheet's signed bytes do not depend on [] versus null.
        flags = flags == null || flags.isEmpty() ? null : EventLists.copy(flags);
    }

    /** A score without flags. */
    public Score(String nodeId, double value) {
        this(nodeId, value, null);
    }
}
