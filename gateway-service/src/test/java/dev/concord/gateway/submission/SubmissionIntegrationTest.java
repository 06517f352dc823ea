package dev.concord.gateway.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concord.gateway.support.GatewayIntegrationTest;
import dev.concord.gateway.support.TestSwarm;
import dev.concord.protocol.event.PromptRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Idempotent submissions, the asynchronous form (submit, poll, subscribe) and the round options, through the running
 * gateway on real Kafka and PostgreSQL.
 */
class SubmissionIntegrationTest extends GatewayIntegrationTest {

    private static final long FEE = 2000;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void letDecisionsFlow() {
        swarm.release();
    }

    @Test
    void aReplayUnderTheSameIdempotencyKeyGetsTheSameAnswerFromOneRoundChargedOnce() {
        JsonNode key = createKey(Map.of("name", "idempotent"));
        String secret = key.path("key").asString();
        String body = question("Asked twice?");

        JsonNode first = answer(post(secret, body, "retry-1").expectStatus().isOk());
        JsonNode replay = answer(post(secret, body, "retry-1").expectStatus().isOk()
                .expectHeader().valueEquals("X-Concord-Round-Id", first.path("concord").path("round_id").asString()));

        assertThat(replay.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(replay.path("choices").get(0).path("message").path("content").asString())
                .isEqualTo(TestSwarm.answerTo("Asked twice?"));
        assertThat(swarm.prompts().values().stream().filter(p -> p.question().equals("Asked twice?"))).hasSize(1);
        assertThat(spentMicros(key.path("id").asString())).isEqualTo(FEE);
    }

    @Test
    void aChangedBodyUnderAnUsedIdempotencyKeyIsRefusedWith422() {
        String secret = createKey(Map.of("name", "changed-body")).path("key").asString();
        post(secret, question("The original?"), "retry-2").expectStatus().isOk();

        post(secret, question("A different question?"), "retry-2").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.error.code").isEqualTo("idempotency_key_reused");

        assertThat(swarm.prompts().values()).noneMatch(p -> p.question().equals("A different question?"));
    }

    @Test
    void aReplayWhileTheRoundRunsIsRefusedWith409() {
        String secret = createKey(Map.of("name", "impatient")).path("key").asString();
        swarm.hold();
        String async = withOptions(question("Still running?"), "\"async\": true");
        post(secret, async, "retry-3").expectStatus().isAccepted();

        post(secret, async, "retry-3").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error.code").isEqualTo("idempotency_key_in_use");
    }

    @Test
    void theSameIdempotencyKeyOfAnotherApiKeyIsANewRequest() {
        String alice = createKey(Map.of("name", "alice")).path("key").asString();
        String bob = createKey(Map.of("name", "bob")).path("key").asString();

        String aliceRound = answer(post(alice, question("Whose key?"), "shared")).path("concord").path("round_id").asString();
        String bobRound = answer(post(bob, question("Whose key?"), "shared")).path("concord").path("round_id").asString();

        assertThat(bobRound).isNotEqualTo(aliceRound);
    }

    @Test
    void anAsyncSubmissionIsAcceptedThenPolledUntilItsAnswerIsThere() {
        String secret = createKey(Map.of("name", "poller")).path("key").asString();
        swarm.hold();

        JsonNode accepted = answer(post(secret, withOptions(question("Poll me?"), "\"async\": true"), null)
                .expectStatus().isAccepted().expectHeader().exists(HttpHeaders.LOCATION));
        String poll = accepted.path("poll").asString();
        assertThat(accepted.path("status").asString()).isEqualTo("in_progress");
        get(secret, poll).expectStatus().isAccepted();
        get(createKey(Map.of("name", "stranger")).path("key").asString(), poll).expectStatus().isNotFound();

        swarm.release();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                get(secret, poll).expectStatus().isOk().expectBody()
                        .jsonPath("$.choices[0].message.content").isEqualTo(TestSwarm.answerTo("Poll me?"))
                        .jsonPath("$.concord.round_id").isEqualTo(accepted.path("round_id").asString()));
    }

    @Test
    void aSubscriberSeesThePromptTheCommitmentsTheResponsesTheScoresAndTheDecision() {
        String secret = createKey(Map.of("name", "watcher")).path("key").asString();
        swarm.hold();
        JsonNode accepted = answer(post(secret, withOptions(question("Watch me?"), "\"async\": true, \"nodes\": 2"), null)
                .expectStatus().isAccepted());

        List<ServerSentEvent<String>> stages = new CopyOnWriteArrayList<>();
        client.get().uri(accepted.path("events").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { }).getResponseBody()
                .subscribe(stages::add);
        // each topic keeps its own order, not the order across topics: wait for every stage before the decision
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> stages.size() == 6);
        swarm.release();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> stages.size() == 7);

        assertThat(stages.subList(0, 6)).extracting(ServerSentEvent::event).containsExactlyInAnyOrder(
                "prompt_accepted", "commitment", "commitment", "response", "response", "score_sheet");
        assertThat(stages.get(6).event()).isEqualTo("decision");
        assertThat(JSON.readTree(stages.get(6).data()).path("status").asString()).isEqualTo("DECIDED");
        assertThat(stages.stream().filter(e -> "response".equals(e.event())).map(e -> JSON.readTree(e.data())))
                .extracting(r -> r.path("received").asInt(), r -> r.path("expected").asInt())
                .containsExactlyInAnyOrder(tuple(1, 2), tuple(2, 2));
    }

    @Test
    void aSubmissionItsReplicaAbandonedAnswersAsTimedOutInsteadOfRunningForever() {
        JsonNode key = createKey(Map.of("name", "orphaned"));
        String secret = key.path("key").asString();
        String roundId = UUID.randomUUID().toString();
        // what a replica that stopped mid-round leaves behind: a submission that no outcome will ever finish
        jdbc.sql("""
                        INSERT INTO submission (round_id, key_id, request_hash, charged_micros, status, created_at)
                        VALUES (?, ?, 'h', 0, 'PENDING', now() - interval '10 minutes')""")
                .params(roundId, key.path("id").asString()).update();

        get(secret, "/v1/chat/completions/" + roundId).expectStatus().isEqualTo(504)
                .expectBody().jsonPath("$.error.code").isEqualTo("round_timeout");
        List<ServerSentEvent<String>> stages = client.get().uri("/v1/chat/completions/" + roundId + "/events")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { }).getResponseBody()
                .collectList().block(Duration.ofSeconds(10));
        assertThat(stages).extracting(ServerSentEvent::event).containsExactly("decision");
        assertThat(JSON.readTree(stages.get(0).data()).path("status").asString()).isEqualTo("TIMED_OUT");
    }

    @Test
    void aDeadlineSetsTheRoundsDeadlines() {
        String secret = createKey(Map.of("name", "hurried")).path("key").asString();

        String roundId = answer(post(secret, withOptions(question("Quickly?"), "\"deadline_ms\": 2000"), null)
                .expectStatus().isOk()).path("concord").path("round_id").asString();

        PromptRequest prompt = swarm.prompts().get(roundId);
        assertThat(Duration.between(prompt.createdAt(), prompt.roundDeadline())).isEqualTo(Duration.ofSeconds(2));
        assertThat(prompt.responseDeadline()).isAfter(prompt.createdAt()).isBefore(prompt.roundDeadline());
    }

    @Test
    void aMaximumPriceBelowTheSelectedNodesPriceIsRefused() {
        String secret = createKey(Map.of("name", "thrifty")).path("key").asString();
        // each test node charges 1,000 micros per 1,000 tokens: 100 tokens cost 100 micros a node
        String body = "{\"model\":\"" + swarm.model() + "\",\"max_tokens\":100,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"How cheap?\"}],";

        post(secret, body + "\"concord\":{\"max_price_micros\":99}}", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("price_above_maximum");
        post(secret, body + "\"concord\":{\"max_price_micros\":100}}", null).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(String secret, String body, String idempotencyKey) {
        WebTestClient.RequestBodySpec request = client.post().uri("/v1/chat/completions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String secret, String path) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).exchange();
    }

    private static JsonNode answer(WebTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody().returnResult().getResponseBody());
    }

    /** The question with a {@code concord} options object holding {@code options}. */
    private static String withOptions(String question, String options) {
        return question.substring(0, question.length() - 1) + ",\"concord\":{" + options + "}}";
    }
}
