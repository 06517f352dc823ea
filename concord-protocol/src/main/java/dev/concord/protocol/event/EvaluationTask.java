package dev.concord.protocol.event;

import java.time.Instant;
import java.util.List;

/**
 * Consensus asks the selected evaluators to score every response of a round, on {@code concord.evaluations}.
 * Evaluator agents act only for the evaluators it names.
 */
public record EvaluationTask(
        int version,
        String requestId,
        String prompt,
        List<CandidateResponse> responses,
        List<String> evaluators,
        Instant deadline) implements Event {

    public static final int VERSION = 1;

    public EvaluationTask {
        responses = EventLists.copy(responses);
        evaluators = EventLists.copy(evaluators);
    }

    @Override
    public String key() {
        return requestId;
    }
}
