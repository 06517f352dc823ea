package dev.concord.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** OpenAI's own Java SDK, pointed at the gateway, works unchanged: plain, streamed, and with its error types. */
@ExtendWith(SharedPlatform.class)
class OpenAiSdkEndToEndTest {

    private static OpenAIClient openai;
    private static LocalPlatform platform;

    @BeforeAll
    static void connect(LocalPlatform shared) {
        platform = shared;
        openai = client(platform.apiKey());
    }

    /** No retries: the SDK retries 5xx and 429 answers, which would hide a failed round behind a later one. */
    private static OpenAIClient client(String apiKey) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(platform.gatewayUrl() + "/v1")
                .apiKey(apiKey)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    @AfterAll
    static void disconnect() {
        if (openai != null) {
            openai.close();
        }
    }

    @Test
    void aCompletionIsTheClearlyBestAnswer() {
        ChatCompletion completion = openai.chat().completions().create(question().build());

        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.choices()).hasSize(1);
        assertThat(completion.choices().get(0).message().content()).contains(SharedPlatform.REFERENCE);
        assertThat(completion._additionalProperties()).containsKey("concord");
    }

    @Test
    void aStreamedCompletionsDeltasAddUpToTheSameAnswer() {
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(question()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            chunks = stream.stream().toList();
        }

        String text = chunks.stream().flatMap(c -> c.choices().stream())
                .flatMap(choice -> choice.delta().content().stream())
                .reduce("", String::concat);
        assertThat(text).isEqualTo(SharedPlatform.REFERENCE);
        assertThat(chunks).extracting(ChatCompletionChunk::id).containsOnly(chunks.get(0).id());
        assertThat(chunks.stream().flatMap(c -> c.choices().stream()).filter(c -> c.delta().content().isPresent()))
                .hasSizeGreaterThan(1);
        assertThat(chunks.get(chunks.size() - 2).choices().get(0).finishReason())
                .contains(ChatCompletionChunk.Choice.FinishReason.STOP);
        ChatCompletionChunk usage = chunks.get(chunks.size() - 1);
        assertThat(usage.choices()).isEmpty();
        assertThat(usage.usage()).hasValueSatisfying(u -> assertThat(u.totalTokens()).isPositive());
    }

    @Test
    void anEmptyConversationIsTheSdksBadRequestWithTheGatewaysMessage() {
        ChatCompletionCreateParams empty = ChatCompletionCreateParams.builder().model("concord-auto").messages(List.of()).build();

        assertThatThrownBy(() -> openai.chat().completions().create(empty))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("'messages' must be a non-empty array");
                    assertThat(e.param()).contains("messages");
                    assertThat(e.type()).contains("invalid_request_error");
                });
    }

    @Test
    void aKeyTheGatewayNeverIssuedIsTheSdksUnauthorizedException() {
        OpenAIClient stranger = client("sk-concord-never-issued");
        try {
            assertThatThrownBy(() -> stranger.chat().completions().create(question().build()))
                    .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(401);
                        assertThat(e.code()).contains("invalid_api_key");
                    });
        } finally {
            stranger.close();
        }
    }

    private static ChatCompletionCreateParams.Builder question() {
        return ChatCompletionCreateParams.builder().model("concord-auto").addUserMessage(SharedPlatform.QUESTION);
    }
}
