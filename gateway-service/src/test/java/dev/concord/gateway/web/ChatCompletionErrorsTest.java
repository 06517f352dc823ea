package dev.concord.gateway.web;

import static org.mockito.Mockito.verifyNoInteractions;

import dev.concord.gateway.access.Caller;
import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.submission.Submissions;
import dev.concord.runtime.registry.NodeRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;
import tools.jackson.databind.json.JsonMapper;

/** Malformed requests get OpenAI's error JSON with a 4xx status, and never start a round. */
@WebFluxTest(controllers = ChatCompletionController.class)
@Import({ChatCompletionErrorsTest.Wiring.class, ApiExceptionHandler.class})
class ChatCompletionErrorsTest {

    @TestConfiguration
    @EnableConfigurationProperties(GatewayProperties.class)
    static class Wiring {
        @Bean
        ChatRequestValidator validator(GatewayProperties properties) {
            return new ChatRequestValidator(properties);
        }

        @Bean
        ChunkStream chunkStream(JsonMapper json) {
            return new ChunkStream(json);
        }

        /** Stands in for ApiKeyFilter: these tests are about the request, not the key. */
        @Bean
        WebFilter anonymousCaller() {
            return (exchange, chain) -> {
                Caller.ANONYMOUS.attachTo(exchange);
                return chain.filter(exchange);
            };
        }
    }

    @Autowired
    WebTestClient client;
    @MockitoBean
    Submissions submissions;
    @MockitoBean
    NodeRegistry registry;

    @Test
    void bodyThatIsNotJson() {
        post("{\"model\": \"x\", \"messages\": [").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m).contains("JSON"));
        verifyNoInteractions(submissions);
    }

    @Test
    void missingMessages() {
        post("{\"model\": \"concord-auto\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("messages")
                .jsonPath("$.error.type").isEqualTo("invalid_request_error");
        verifyNoInteractions(submissions);
    }

    @Test
    void unknownRole() {
        post("{\"messages\": [{\"role\": \"wizard\", \"content\": \"hi\"}]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("messages[0].role");
    }

    @Test
    void emptyContent() {
        post("{\"messages\": [{\"role\": \"user\", \"content\": \"  \"}]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("messages[0].content");
    }

    @Test
    void maxTokensOutOfRange() {
        post("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"max_tokens\": 0}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("max_tokens");
    }

    @Test
    void unknownAggregationRule() {
        post("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"concord\": {\"rule\": \"vibes\"}}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("concord.rule");
    }

    @Test
    void tooManyNodes() {
        post("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"concord\": {\"nodes\": 99}}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("concord.nodes");
        verifyNoInteractions(submissions);
    }

    @Test
    void streamOptionsWithoutStream() {
        post("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"stream_options\": {\"include_usage\": true}}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("stream_options");
        verifyNoInteractions(submissions);
    }

    private WebTestClient.ResponseSpec post(String body) {
        return client.post().uri("/v1/chat/completions").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
