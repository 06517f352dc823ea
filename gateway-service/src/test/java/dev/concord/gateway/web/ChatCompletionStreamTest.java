package dev.concord.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.concord.gateway.round.NoCapacityException;
import dev.concord.gateway.submission.Submissions;
import dev.concord.gateway.round.Dispatched;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.runtime.registry.NodeRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code stream: true} answers with OpenAI's chunk events, byte for byte in OpenAI's framing. */
@WebFluxTest(controllers = ChatCompletionController.class)
@Import({ChatCompletionErrorsTest.Wiring.class, ApiExceptionHandler.class})
class ChatCompletionStreamTest {

    private static final String TEXT = "The capital of Australia is Canberra.";
    private static final String QUESTION = "\"messages\": [{\"role\": \"user\", \"content\": \"What is the capital of Australia?\"}]";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient client;
    @MockitoBean
    Submissions submissions;
    @MockitoBean
    NodeRegistry registry;

    @Test
    void aDecidedRoundStreamsTheRoleTheWordsTheStopAndDone() {
        roundEndsWith(CompletableFuture.completedFuture(Rounds.decided("r-1", TEXT)));

        List<String> events = stream("{\"stream\": true, " + QUESTION + "}");

        assertThat(events).allSatisfy(e -> assertThat(e).startsWith("data: "));
        assertThat(events.get(events.size() - 1)).isEqualTo("data: [DONE]");
        List<JsonNode> chunks = chunks(events);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.path("id").asString()).isEqualTo("chatcmpl-r-1");
            assertThat(c.path("object").asString()).isEqualTo("chat.completion.chunk");
            assertThat(c.has("usage")).isFalse();
        });
        assertThat(events.get(0)).contains("\"delta\":{\"role\":\"assistant\"},\"finish_reason\":null");
        JsonNode last = chunks.get(chunks.size() - 1).path("choices").get(0);
        assertThat(last.path("finish_reason").asString()).isEqualTo("stop");
        List<String> pieces = chunks.stream().map(c -> c.path("choices").get(0).path("delta"))
                .filter(d -> d.has("content")).map(d -> d.path("content").asString()).toList();
        assertThat(pieces).hasSize(6);
        assertThat(String.join("", pieces)).isEqualTo(TEXT);
    }

    @Test
    void includeUsageAddsAUsageChunkWithNoChoicesBeforeDone() {
        roundEndsWith(CompletableFuture.completedFuture(Rounds.decided("r-1", TEXT)));

        List<String> events = stream("{\"stream\": true, \"stream_options\": {\"include_usage\": true}, " + QUESTION + "}");

        List<JsonNode> chunks = chunks(events);
        JsonNode usage = chunks.get(chunks.size() - 1);
        assertThat(usage.path("choices").size()).isZero();
        assertThat(usage.path("usage").path("total_tokens").asInt()).isEqualTo(19);
        assertThat(chunks.get(chunks.size() - 2).path("choices").get(0).path("finish_reason").asString()).isEqualTo("stop");
    }

    @Test
    void aRoundWithoutResponsesIsOneErrorEventAndNoDone() {
        roundEndsWith(CompletableFuture.completedFuture(Rounds.failed("r-2", RoundStatus.NO_RESPONSES)));

        List<String> events = stream("{\"stream\": true, " + QUESTION + "}");

        assertThat(events).hasSize(1);
        JsonNode error = JSON.readTree(events.get(0).substring("data: ".length())).path("error");
        assertThat(error.path("code").asString()).isEqualTo("no_responses");
        assertThat(error.path("type").asString()).isEqualTo("api_error");
        assertThat(error.path("message").asString()).contains("r-2");
    }

    @Test
    void aRoundThatTimesOutIsOneErrorEvent() {
        roundEndsWith(CompletableFuture.failedFuture(new TimeoutException()));

        List<String> events = stream("{\"stream\": true, " + QUESTION + "}");

        assertThat(events).hasSize(1);
        assertThat(JSON.readTree(events.get(0).substring("data: ".length())).path("error").path("code").asString())
                .isEqualTo("round_timeout");
    }

    @Test
    void anInvalidStreamedRequestIsStillA400WithErrorJson() {
        post("{\"stream\": true, \"messages\": []}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.error.param").isEqualTo("messages");
        verifyNoInteractions(submissions);
    }

    @Test
    void noCapacityForAStreamedRequestIsStillA503WithErrorJson() {
        when(submissions.submit(any(), any(), any(), any())).thenThrow(new NoCapacityException("asked for 3 inference nodes"));

        post("{\"stream\": true, " + QUESTION + "}").expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.error.code").isEqualTo("no_capacity");
    }

    private void roundEndsWith(CompletableFuture<RoundDecision> decision) {
        when(submissions.submit(any(), any(), any(), any())).thenReturn(new Dispatched("r-1", decision));
    }

    /** The raw events, each as its lines without the blank line that ends it. */
    private List<String> stream(String body) {
        String raw = post(body).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectHeader().valueEquals("X-Concord-Round-Id", "r-1")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(raw).endsWith("\n\n");
        return Arrays.asList(raw.split("\n\n"));
    }

    private static List<JsonNode> chunks(List<String> events) {
        return events.stream().filter(e -> !e.equals("data: [DONE]"))
                .map(e -> JSON.readTree(e.substring("data: ".length()))).toList();
    }

    private WebTestClient.ResponseSpec post(String body) {
        return client.post().uri("/v1/chat/completions").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
