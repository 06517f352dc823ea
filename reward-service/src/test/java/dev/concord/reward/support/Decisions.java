package dev.concord.reward.support;

import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Round decisions as consensus publishes them, with node ids unique to each test run. */
public final class Decisions {

    private Decisions() {
    }

    public static String newRequestId() {
        return "req-" + UUID.randomUUID();
    }

    /** Two inference nodes (a good cheap one, a poor dear one) and three evaluators, one of them far off. */
    public static RoundDecision decided(String requestId, long feeMicros) {
        String run = requestId.substring(requestId.length() - 8);
        return decided(requestId, feeMicros,
                List.of(new NodeOutcome("good-" + run, "model-a", 8.5, 20, 40, 1_000, 120),
                        new NodeOutcome("poor-" + run, "model-b", 3.0, 20, 60, 1_500, 150)),
                List.of(new EvaluatorOutcome("e1-" + run, 0.05, 1.0, 1.02, 200),
                        new EvaluatorOutcome("e2-" + run, 0.10, 1.0, 1.01, 250),
                        new EvaluatorOutcome("e3-" + run, 0.60, 1.0, 0.99, 250)));
    }

    public static RoundDecision decided(String requestId, long feeMicros, List<NodeOutcome> nodes,
                                        List<EvaluatorOutcome> evaluators) {
        NodeOutcome winner = nodes.get(0);
        return new RoundDecision(RoundDecision.VERSION, requestId, RoundStatus.DECIDED, winner.nodeId(), winner.model(),
                "Paris is the capital of France.", winner.consensusScore(), 20, 40, "median", 7, nodes, evaluators,
                feeMicros, "gateway-1", Instant.parse("2026-11-26T09:00:00Z"));
    }

    public static RoundDecision undecided(String requestId, RoundStatus status, long feeMicros) {
        return new RoundDecision(RoundDecision.VERSION, requestId, status, null, null, null, 0, 20, 0, "median", 7,
                List.of(), List.of(), feeMicros, "gateway-1", Instant.parse("2026-11-26T09:00:00Z"));
    }

    /** The same decision, for a round whose fee the client account pays (as consensus copies it from the prompt). */
    public static RoundDecision paidFrom(RoundDecision d, String clientAccountId) {
        return new RoundDecision(d.version(), d.requestId(), d.status(), d.winnerNodeId(), d.winnerModel(),
                d.winnerContent(), d.winnerScore(), d.promptTokens(), d.completionTokens(), d.rule(), d.trustVersion(),
                d.nodes(), d.evaluators(), d.feeMicros(), d.replyTo(), d.decidedAt(), clientAccountId);
    }

    /** The same decision, carrying the faults consensus recorded in the round. */
    public static RoundDecision withFaults(RoundDecision d, List<NodeFault> faults) {
        return new RoundDecision(d.version(), d.requestId(), d.status(), d.winnerNodeId(), d.winnerModel(),
                d.winnerContent(), d.winnerScore(), d.promptTokens(), d.completionTokens(), d.rule(), d.trustVersion(),
                d.nodes(), d.evaluators(), d.feeMicros(), d.replyTo(), d.decidedAt(), d.clientAccountId(), faults);
    }
}
