package dev.concord.modelsim.server;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A validated {@code POST /v1/chat/completions} request (only the fields model-sim reads). */
public record ChatRequest(String model, List<ChatMessage> messages, OptionalInt maxTokens,
                          Optional<Double> temperature, boolean stream) {

    public ChatRequest {
        messages = List.copyOf(messages);
    }

    /** The text the model answers: the last user message (earlier turns and system prompts are context only). */
    public String lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        throw new IllegalStateException("validated requests always hold a user message");
    }
}
