package dev.concord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform, end to end: real Kafka and PostgreSQL, a model-sim server per inference node, and the five
 * services as separate processes built by this reactor. A client talks to the gateway over HTTP only.
 */
@ExtendWith(SharedPlatform.class)
class RoundEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocalPlatform platform;

    @BeforeAll
    static void usePlatform(LocalPlatform shared) {
        platform = shared;
    }

    @Test
    void theClearlyBestAnswerWinsAndTheRoundIsStoredScoredAndSettled() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"concord-auto\",\"messages\":[{\"role\":\"user\",\"content\":\""
                + SharedPlatform.QUESTION + "\"}]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("object").asString()).isEqualTo("chat.completion");
        assertThat(body.path("choices").get(0).path("message").path("content").asString()).isEqualTo(SharedPlatform.REFERENCE);
        assertThat(body.path("concord").path("winner_node").asString()).isEqualTo("inf-best");
        assertThat(body.path("usage").path("total_tokens").asInt()).isPositive();
        String roundId = body.path("concord").path("round_id").asString();
        assertThat(response.headers().firstValue("X-Concord-Round-Id")).contains(roundId);

        try (Connection db = DriverManager.getConnection(platform.jdbcUrl(), platform.databaseUser(), platform.databasePassword())) {
            assertThat(queryString(db, "SELECT status FROM consensus.round WHERE request_id = ?", roundId)).isEqualTo("DECIDED");
            assertThat(queryString(db, "SELECT winner_node_id FROM consensus.round WHERE request_id = ?", roundId)).isEqualTo("inf-best");
            assertThat(queryLong(db, "SELECT count(*) FROM consensus.round_response WHERE request_id = ?", roundId)).isEqualTo(3);
            assertThat(queryLong(db, "SELECT count(*) FROM consensus.score_sheet WHERE request_id = ?", roundId)).isEqualTo(3);
            assertThat(queryLong(db, "SELECT count(*) FROM consensus.consensus_score WHERE request_id = ?", roundId)).isEqualTo(3);
            double best = queryDouble(db, "SELECT score FROM consensus.consensus_score WHERE request_id = ? AND node_id = 'inf-best'", roundId);
            double bestOther = queryDouble(db, "SELECT max(score) FROM consensus.consensus_score WHERE request_id = ? AND node_id <> 'inf-best'", roundId);
            assertThat(best).isGreaterThan(bestOther);

            awaitSettlement(db, roundId);
            long fee = queryLong(db, "SELECT fee_micros FROM reward.settlements WHERE request_id = ?", roundId);
            long paid = queryLong(db, "SELECT sum(amount_micros) FROM reward.payouts WHERE request_id = ?", roundId);
            assertThat(fee).isPositive();
            assertThat(paid).isEqualTo(fee);
        }
    }

    @Test
    void theRoundsEvidenceIsReadableThroughTheGateway() throws Exception {
        HttpResponse<String> answer = post("{\"messages\":[{\"role\":\"user\",\"content\":\"" + SharedPlatform.QUESTION + "\"}]}");
        String roundId = JSON.readTree(answer.body()).path("concord").path("round_id").asString();

        // the evidence is public: a third party recomputes the decision without the client's key
        HttpResponse<String> evidence = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/rounds/" + roundId))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(200);
        JsonNode round = JSON.readTree(evidence.body());
        assertThat(round.path("responses").size()).isEqualTo(3);
        assertThat(round.path("scoreSheets").size()).isEqualTo(3);
        assertThat(round.path("scoreSheets").get(0).path("signature").asString()).isNotBlank();
        assertThat(round.path("decision").path("winnerNodeId").asString()).isEqualTo("inf-best");
    }

    @Test
    void theRoundsSelectionRecomputedFromTheStoredRoundIsTheOneUsed() throws Exception {
        HttpResponse<String> answer = post("{\"messages\":[{\"role\":\"user\",\"content\":\"" + SharedPlatform.QUESTION + "\"}]}");
        String roundId = JSON.readTree(answer.body()).path("concord").path("round_id").asString();

        HttpResponse<String> selection = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/rounds/"
                + roundId + "/selection")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(selection.statusCode()).as(selection.body()).isEqualTo(200);
        JsonNode check = JSON.readTree(selection.body());
        assertThat(check.path("used").path("inferenceNodes").size()).isEqualTo(3);
        assertThat(check.path("used").path("evaluators").size()).isEqualTo(3);
        assertThat(check.path("recomputed")).isEqualTo(check.path("used"));
        assertThat(check.path("matches").asBoolean()).as(selection.body()).isTrue();
    }

    @Test
    void aStreamedAnswerIsServerSentEventsEndingWithDone() throws Exception {
        HttpResponse<String> response = post("{\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\""
                + SharedPlatform.QUESTION + "\"}]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(response.body()).startsWith("data: {").contains("\"object\":\"chat.completion.chunk\"")
                .endsWith("\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
    }

    @Test
    void everyNodeIsLinkedToAnOperatorItsOperatorsKeyProves() throws Exception {
        for (String node : new String[] {"inf-best", "inf-off-a", "eval-a", "eval-c"}) {
            HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(
                    URI.create(platform.rewardUrl() + "/v1/nodes/" + node)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode entry = JSON.readTree(registered.body());

            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
            assertThat(entry.path("operatorId").asString()).as(node).isEqualTo(OperatorIds.of(
                    NodeKeys.decodePublic(entry.path("operatorPublicKey").asString())));
        }
    }

    @Test
    void malformedRequestsGetOpenAiErrorsWithA4xxStatus() throws Exception {
        HttpResponse<String> notJson = post("{\"messages\": [");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).path("error").path("type").asString()).isEqualTo("invalid_request_error");

        HttpResponse<String> noMessages = post("{\"model\":\"concord-auto\",\"messages\":[]}");
        assertThat(noMessages.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noMessages.body()).path("error").path("param").asString()).isEqualTo("messages");
    }

    @Test
    void modelsListsWhatTheSwarmServes() throws Exception {
        HttpResponse<String> models = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/models"))
                        .header("Authorization", "Bearer " + platform.apiKey()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.body()).contains("concord-auto", "sim-exact", "sim-off-topic-a");
    }

    @Test
    void aKeyWithAPrepaidAccountReservesEachRoundsFeeThereAndAnEmptyAccountIsRefused() throws Exception {
        String funded = "e2e-funded-" + UUID.randomUUID().toString().substring(0, 8);
        HttpRequest.Builder deposit = HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amountMicros\": 1000000}"));
        // moving money is not open through the gateway; the operator deposits at the reward service
        assertThat(HTTP.send(deposit.uri(URI.create(platform.gatewayUrl() + "/v1/accounts/" + funded + "/deposits")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        // and only with the treasury token the platform generated
        URI deposits = URI.create(platform.rewardUrl() + "/v1/accounts/" + funded + "/deposits");
        assertThat(HTTP.send(deposit.uri(deposits).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> deposited = HTTP.send(deposit.uri(deposits)
                        .header("Authorization", "Bearer " + platform.treasuryToken()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deposited.statusCode()).as(deposited.body()).isEqualTo(201);
        String fundedKey = GatewayKeys.create(platform.gatewayUrl(), platform.adminToken(), Map.of("name", "funded", "account_id", funded));
        String emptyKey = GatewayKeys.create(platform.gatewayUrl(), platform.adminToken(),
                Map.of("name", "empty", "account_id", "e2e-empty-" + UUID.randomUUID().toString().substring(0, 8)));
        String question = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + SharedPlatform.QUESTION + "\"}]}";

        HttpResponse<String> paid = post(question, fundedKey);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        String roundId = JSON.readTree(paid.body()).path("concord").path("round_id").asString();
        try (Connection db = DriverManager.getConnection(platform.jdbcUrl(), platform.databaseUser(), platform.databasePassword())) {
            assertThat(queryString(db, "SELECT account FROM reward.reservations WHERE request_id = ?", roundId))
                    .isEqualTo("client:" + funded);
            // the gateway sent the round's deadline (20 s away), so the reservation expires 10 minutes after it,
            // sooner than the default (a 60 s round) would have made it
            assertThat(queryString(db, "SELECT (expires_at - reserved_at < interval '10 minutes 50 seconds')::text "
                    + "FROM reward.reservations WHERE request_id = ?", roundId)).isEqualTo("true");
            awaitSettlement(db, roundId);
            assertThat(queryString(db, "SELECT outcome FROM reward.reservation_closures WHERE request_id = ?", roundId))
                    .isEqualTo("settled");
        }

        HttpResponse<String> refused = post(question, emptyKey);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).path("error").path("code").asString()).isEqualTo("insufficient_quota");
    }

    @Test
    void aRequestWithoutAKeyIsRefusedAndTheDocsAreServed() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("error").path("code").asString()).isEqualTo("invalid_api_key");

        HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(docs.body()).path("paths").has("/v1/chat/completions")).isTrue();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return post(body, platform.apiKey());
    }

    private static HttpResponse<String> post(String body, String apiKey) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Settlement follows the decision asynchronously (the reward service reads decisions from Kafka). */
    private static void awaitSettlement(Connection db, String roundId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (queryLong(db, "SELECT count(*) FROM reward.settlements WHERE request_id = ?", roundId) == 0) {
            assertThat(Instant.now()).as("settlement of " + roundId).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static String queryString(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static long queryLong(Connection db, String sql, String param) throws SQLException {
        return Long.parseLong(queryString(db, sql, param));
    }

    private static double queryDouble(Connection db, String sql, String param) throws SQLException {
        return Double.parseDouble(queryString(db, sql, param));
    }
}
