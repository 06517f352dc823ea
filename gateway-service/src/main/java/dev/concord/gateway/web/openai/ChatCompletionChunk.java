package dev.concord.gateway.web.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One event of a streamed chat completion, in OpenAI's {@code chat.completion.chunk} shape. {@code finish_reason} is
 * written even when null, as OpenAI does; {@code usage} and the {@code concord} extension only on the chunks that
 * carry them.
 */
public record ChatCompletionChunk(String id, String object, long created, String model, List<Choice> choices,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) ChatCompletion.Usage usage,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) ChatCompletion.Concord concord) {

    public static final String OBJECT = "chat.completion.chunk";

    public record Choice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    /** What this chunk adds to the message: the role once, then pieces of the content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(String role, String content) {
    }
}
