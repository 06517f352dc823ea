package dev.concord.inference;

import dev.concord.protocol.event.ChatMessage;
import dev.concord.protocol.event.PromptRequest;
import java.time.Instant;
import java.util.List;

/** Prompt requests as the gateway would publish them, for the questions the tests ask. */
public final class Prompts {

    public static final String FRANCE = "What is the capital of France?";
    public static final String PARIS = "The capital of France is Paris.";

    private Prompts() {
    }

    public static PromptRequest aboutFrance(String requestId, List<String> inferenceNodes, Instant responseDeadline) {
        return new PromptRequest(PromptRequest.VERSION, requestId, "concord-auto",
                List.of(new ChatMessage("system", "Be brief."), new ChatMessage("user", FRANCE)), 256,
                inferenceNodes, 3, "median", "ab12", 1, 2_000, "gateway-test", responseDeadline.minusSeconds(1),
                responseDeadline, responseDeadline.plusSeconds(10));
    }
}
