package dev.concord.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.gateway.support.GatewayIntegrationTest;
import dev.concord.gateway.support.TestSwarm;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Keys, limits and budgets through the running gateway on real Kafka and PostgreSQL: each test fails if its feature
 * is taken away (a revoked key keeps answering, a third request in the minute passes, a spent budget still pays).
 */
class ApiAccessIntegrationTest extends GatewayIntegrationTest {

    private static final long FEE = 2000;

    @Test
    void theAdminApiNeedsTheAdminToken() {
        client.get().uri("/admin/keys").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.code").isEqualTo("invalid_admin_token");
        client.get().uri("/admin/keys").header(HttpHeaders.AUTHORIZATION, "Bearer not-the-token").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aCreatedKeyAnswersAndIsListedWithoutItsSecret() {
        JsonNode key = createKey(Map.of("name", "listed"));
        String secret = key.path("key").asString();
        assertThat(secret).startsWith(ApiKeySecret.PREFIX).hasSizeGreaterThan(40);

        ask(secret, question("What is listed?")).expectStatus().isOk()
                .expectBody().jsonPath("$.choices[0].message.content").isEqualTo(TestSwarm.answerTo("What is listed?"));

        String list = client.get().uri("/admin/keys").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains(key.path("id").asString()).doesNotContain(secret).doesNotContain(ApiKeySecret.hash(secret));
    }

    @Test
    void noKeyAndAnUnknownKeyAreRefusedWith401() {
        client.post().uri("/v1/chat/completions").contentType(MediaType.APPLICATION_JSON).bodyValue(question("Who?"))
                .exchange().expectStatus().isUnauthorized().expectBody().jsonPath("$.error.code").isEqualTo("invalid_api_key");
        ask(ApiKeySecret.generate(), question("Who?")).expectStatus().isUnauthorized();
        assertThat(swarm.prompts().values()).noneMatch(p -> p.question().equals("Who?"));
    }

    @Test
    void aRevokedKeyIsRefusedWith401() {
        JsonNode key = createKey(Map.of("name", "to-revoke"));
        String secret = key.path("key").asString();
        ask(secret, question("Before revoking?")).expectStatus().isOk();

        client.delete().uri("/admin/keys/" + key.path("id").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).exchange().expectStatus().isNoContent();

        ask(secret, question("After revoking?")).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.code").isEqualTo("invalid_api_key");
        assertThat(swarm.prompts().values()).noneMatch(p -> p.question().equals("After revoking?"));
    }

    @Test
    void aRotatedKeysOldSecretIsRefusedAndTheNewOneAnswers() {
        JsonNode key = createKey(Map.of("name", "to-rotate"));
        String old = key.path("key").asString();

        JsonNode rotated = JSON.readTree(client.post().uri("/admin/keys/" + key.path("id").asString() + "/rotate")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());

        assertThat(rotated.path("id").asString()).isEqualTo(key.path("id").asString());
        ask(old, question("Old secret?")).expectStatus().isUnauthorized();
        ask(rotated.path("key").asString(), question("New secret?")).expectStatus().isOk();
    }

    @Test
    void theRequestOverTheLimitOfTheMinuteIsRefusedWith429AndRetryAfter() {
        String secret = createKey(Map.of("name", "two-a-minute", "requests_per_minute", 2)).path("key").asString();

        ask(secret, question("First of the minute?")).expectStatus().isOk();
        ask(secret, question("Second of the minute?")).expectStatus().isOk();
        ask(secret, question("Third of the minute?")).expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter ->
                        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 30))
                .expectBody().jsonPath("$.error.code").isEqualTo("rate_limit_exceeded");
        assertThat(swarm.prompts().values()).noneMatch(p -> p.question().equals("Third of the minute?"));
    }

    @Test
    void aKeyThatUsedItsTokensOfTheMinuteIsRefusedWith429() {
        long oneRound = TestSwarm.PROMPT_TOKENS + TestSwarm.COMPLETION_TOKENS;
        String secret = createKey(Map.of("name", "few-tokens", "tokens_per_minute", oneRound)).path("key").asString();

        ask(secret, question("Use my tokens?")).expectStatus().isOk();
        ask(secret, question("Any tokens left?")).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.error.message").value(m -> assertThat((String) m).contains("tokens"));
    }

    @Test
    void aRequestOverTheBudgetIsRefusedWithInsufficientQuota() {
        JsonNode key = createKey(Map.of("name", "two-rounds", "budget_micros", 2 * FEE));
        String secret = key.path("key").asString();

        ask(secret, question("First paid round?")).expectStatus().isOk();
        ask(secret, question("Second paid round?")).expectStatus().isOk();
        ask(secret, question("One round too many?")).expectStatus().isEqualTo(429)
                .expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.error.type").isEqualTo("insufficient_quota")
                .jsonPath("$.error.code").isEqualTo("insufficient_quota");

        assertThat(swarm.prompts().values()).noneMatch(p -> p.question().equals("One round too many?"));
        assertThat(spentMicros(key.path("id").asString())).isEqualTo(2 * FEE);
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413() {
        String secret = createKey(Map.of("name", "big-body")).path("key").asString();
        String huge = question("x".repeat(300 * 1024));

        ask(secret, huge).expectStatus().isEqualTo(413).expectBody().jsonPath("$.error.code").isEqualTo("request_too_large");
    }
}
