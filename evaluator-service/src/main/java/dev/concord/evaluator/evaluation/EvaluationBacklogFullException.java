package dev.concord.evaluator.evaluation;

/**
 * The scoring workers stayed busy past the hand-off timeout. Thrown to the listener so the task is retried and, if
 * the backlog persists, dead-lettered: a task is never dropped silently.
 */
public class EvaluationBacklogFullException extends RuntimeException {

    public EvaluationBacklogFullException(String message) {
        super(message);
    }
}
