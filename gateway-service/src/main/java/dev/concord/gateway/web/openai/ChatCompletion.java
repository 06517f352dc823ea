package dev.concord.gateway.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** OpenAI's chat-completion response, plus the {@code concord} extension that names the round and its winner. */
public record ChatCompletion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
                             Concord concord) {

    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    public record Message(String role, String content) {
    }

    public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
                        @JsonProperty("completion_tokens") int completionTokens,
                        @JsonProperty("total_tokens") int totalTokens) {
    }

    /**
     * @param roundId        the round's request id
     * @param winnerNode     the inference node whose answer won
     * @param consensusScore the winner's consensus score, 0..10
     * @param rule           the aggregation rule used
     * @param evidence       where the round's full record can be read
     */
    public record Concord(@JsonProperty("round_id") String roundId,
                          @JsonProperty("winner_node") String winnerNode,
                          @JsonProperty("consensus_score") double consensusScore,
                          String rule,
                          String evidence) {
    }
}
