package dev.concord.gateway.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * OpenAI's chat-completion request. Fields OpenAI defines but Concord ignores (temperature, top_p, ...) are accepted
 * and dropped; Concord's own options travel in the {@code concord} extension object.
 */
public record ChatCompletionRequest(String model,
                                    List<Message> messages,
                                    @JsonProperty("max_tokens") Integer maxTokens,
                                    @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
                                    Boolean stream,
                                    ConcordOptions concord) {

    public record Message(String role, Object content) {
    }

    /**
     * @param nodes      N, how many inference nodes answer
     * @param evaluators K, how many evaluators score
     * @param rule       the aggregation rule (median, mean, trimmed-mean, ...)
     */
    public record ConcordOptions(Integer nodes, Integer evaluators, String rule) {
    }
}
