package dev.concord.protocol;

import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.ChatMessage;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RevealRequest;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.protocol.event.Settlement;
import java.time.Instant;
import java.util.List;

/** One fixed example of every event, shared by the contract tests. */
final class SampleEvents {

    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    static PromptRequest prompt() {
        return new PromptRequest(1, "req-1", "concord-auto", List.of(new ChatMessage("system", "Be brief."),
                new ChatMessage("user", "What is the capital of France?")), 256, List.of("inf-a", "inf-b"), 3,
                "median", "ab12", 7, 2_000, "gateway-1", T0, T0.plusSeconds(10), T0.plusSeconds(20), "acct-1",
                "pps-systematic/1");
    }

    static InferenceResponse response() {
        return new InferenceResponse(1, "req-1", "inf-a", "sim-exact", "The capital of France is Paris.", 12, 7,
                35, 190, T0.plusMillis(40), "bm9uY2U=", null);
    }

    static ResponseCommitment commitment() {
        return new ResponseCommitment(1, "req-1", "inf-a",
                "9f2c5e1be5d0c3a1a8b2b0f3c0a9c8e7d6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1", T0.plusMillis(38), null);
    }

    static RevealRequest revealRequest() {
        return new RevealRequest(1, "req-1", List.of("inf-a", "inf-b"), T0.plusSeconds(12));
    }

    static EvaluationTask evaluationTask() {
        return new EvaluationTask(1, "req-1", "What is the capital of France?",
                List.of(new CandidateResponse("inf-a", "Paris."), new CandidateResponse("inf-b", "Lyon.")),
                List.of("eval-1", "eval-2", "eval-3"), T0.plusSeconds(20));
    }

    static ScoreSheet scoreSheet() {
        return new ScoreSheet(1, "req-1", "eval-1", "bi-encoder:all-minilm-l6-v2-q@1",
                List.of(new Score("inf-a", 8.25), new Score("inf-b", 3.5, List.of(Score.PROMPT_INJECTION))), T0.plusMillis(90),
                null);
    }

    static RoundDecision decision() {
        return new RoundDecision(1, "req-1", RoundStatus.DECIDED, "inf-a", "sim-exact", "Paris.", 8.25, 12, 7,
                "median", 4, List.of(new NodeOutcome("inf-a", "sim-exact", 8.25, 12, 7, 190, 35)),
                List.of(new EvaluatorOutcome("eval-1", 0.05, 1.0, 1.045, 100)), 2_000, "gateway-1", T0.plusMillis(120),
                "acct-1", List.of(new NodeFault("inf-b", FaultKind.TIMEOUT_AFTER_ACCEPT, "committed 9f2c, no reveal")));
    }

    static Settlement settlement() {
        return new Settlement(1, "req-1", 2_000, List.of(new Payout("node:inf-a", 1_330, "inference quality 8.25"),
                new Payout("node:eval-1", 570, "evaluator deviation 0.05"), new Payout("protocol", 100, "protocol share")),
                T0.plusMillis(150));
    }

    static RegistryEntry registryEntry() {
        return new RegistryEntry(1, "inf-a", NodeRole.INFERENCE, "op-1", "MCowBQYDK2VwAyEA", "sim-exact", 10_000,
                5_000_000, NodeStatus.ACTIVE, T0, null);
    }

    private SampleEvents() {
    }
}
