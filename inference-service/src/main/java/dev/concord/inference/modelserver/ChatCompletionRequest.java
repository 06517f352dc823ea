package dev.concord.inference.modelserver;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.concord.protocol.event.ChatMessage;
import java.util.List;

/** The body of {@code POST /chat/completions}: only the fields every OpenAI-compatible server understands. */
record ChatCompletionRequest(String model, List<ChatMessage> messages, @JsonProperty("max_tokens") int maxTokens) {
}
