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
                                    @JsonProperty("stream_options") StreamOptions streamOptions,
                                    ConcordOptions concord) {

    public boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    /** Whether a stream ends with a chunk that carries the token usage (OpenAI sends it only when asked). */
    public boolean streamsUsage() {
        return streamOptions != null && Boolean.TRUE.equals(streamOptions.includeUsage());
    }

    public record Message(String role, Object content) {
    }

    public record StreamOptions(@JsonProperty("include_usage") Boolean includeUsage) {
    }

    /** Whether the client asked to submit and poll (202 with the round id) instead of waiting for the answer. */
    public boolean submittedAsync() {
        return concord != null && Boolean.TRUE.equals(concord.async());
    }

    /**
     * @param nodes          N, how many inference nodes answer
     * @param evaluators     K, how many evaluators score
     * @param rule           the aggregation rule (median, mean, trimmed-mean, ...)
     * @param deadlineMs     how long the whole round may take, in milliseconds
     * @param maxPriceMicros the most the selected inference nodes may charge for max_tokens, in micros
     * @param async          answer 202 with the round id at once; poll or subscribe to it
     */
    public record ConcordOptions(Integer nodes, Integer evaluators, String rule,
                                 @JsonProperty("deadline_ms") Long deadlineMs,
                                 @JsonProperty("max_price_micros") Long maxPriceMicros,
                                 Boolean async) {

        public static final ConcordOptions NONE = new ConcordOptions(null, null, null, null, null, null);
    }
}
