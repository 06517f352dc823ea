package dev.concord.protocol.event;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a round, on {@code concord.decisions}: the gateway answers its client with it, reward settles it.
 * When the status is not {@link RoundStatus#DECIDED}, the winner fields are null.
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
        Instant decidedAt) implements Event {

    public static final int VERSION = 1;

    public RoundDecision {
        nodes = EventLists.copy(nodes);
        evaluators = EventLists.copy(evaluators);
    }

    @Override
    public String key() {
        return requestId;
    }
}
