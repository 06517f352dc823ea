package dev.concord.protocol.event;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a round, on {@code concord.decisions}: the gateway answers its client with it, reward settles it.
 * When the status is not {@link RoundStatus#DECIDED}, the winner fields are null.
 *
 * @param clientAccountId copied from the prompt: the account whose reservation this round settles; null when unmetered
 * @param faults          protocol faults of the round's inference nodes (commit-reveal); empty in events older than
 *                        the field
 */
public record RoundDecision(
        int version,
        String requestId,
        RoundStatus status,
        @Nullable String winnerNodeId,
        @Nullable String winnerModel,
        @Nullable String winnerContent,
        double winnerScore,
        int promptTokens,
        int completionTokens,
        String rule,
        long trustVersion,
        List<NodeOutcome> nodes,
        List<EvaluatorOutcome> evaluators,
        long feeMicros,
        String replyTo,
        Instant decidedAt,
        @Nullable String clientAccountId,
        @Nullable List<NodeFault> faults) implements Event {

    public static final int VERSION = 1;

    public RoundDecision {
        nodes = EventLists.copy(nodes);
        evaluators = EventLists.copy(evaluators);
        faults = faults == null ? List.of() : EventLists.copy(faults);
    }

    /** A decision without faults. */
    public RoundDecision(int version, String requestId, RoundStatus status, String winnerNodeId, String winnerModel,
                         String winnerContent, double winnerScore, int promptTokens, int completionTokens, String rule,
                         long trustVersion, List<NodeOutcome> nodes, List<EvaluatorOutcome> evaluators, long feeMicros,
                         String replyTo, Instant decidedAt, String clientAccountId) {
        this(version, requestId, status, winnerNodeId, winnerModel, winnerContent, winnerScore, promptTokens,
                completionTokens, rule, trustVersion, nodes, evaluators, feeMicros, replyTo, decidedAt, clientAccountId,
                List.of());
    }

    /** The decision of an unmetered round: no client account pays for it. */
    public RoundDecision(int version, String requestId, RoundStatus status, String winnerNodeId, String winnerModel,
                         String winnerContent, double winnerScore, int promptTokens, int completionTokens, String rule,
                         long trustVersion, List<NodeOutcome> nodes, List<EvaluatorOutcome> evaluators, long feeMicros,
                         String replyTo, Instant decidedAt) {
        this(version, requestId, status, winnerNodeId, winnerModel, winnerContent, winnerScore, promptTokens,
                completionTokens, rule, trustVersion, nodes, evaluators, feeMicros, replyTo, decidedAt, null, List.of());
    }

    @Override
    public String key() {
        return requestId;
    }
}
