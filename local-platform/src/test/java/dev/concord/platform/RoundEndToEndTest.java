package dev.concord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.LatencyModel;
import dev.concord.modelsim.model.SimulatedModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform, end to end: real Kafka and PostgreSQL, a model-sim server per inference node, and the five
 * services as separate processes built by this reactor. A client talks to the gateway over HTTP only.
 */
class RoundEndToEndTest {

    private static final String QUESTION = "What is the capital of Australia?";
    private static final String REFERENCE = "The capital of Australia is Canberra.";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path home = Files.createTempDirectory("concord-e2e-");
        // One node is clearly better than the rest: it answers with the reference, the others talk about something else.
        List<InferenceNodeSpec> nodes = List.of(
                InferenceNodeSpec.of("inf-best", "op-best", model("sim-exact", QualityTier.EXACT)),
                InferenceNodeSpec.of("inf-off-a", "op-off-a", model("sim-off-topic-a", QualityTier.OFF_TOPIC)),
                InferenceNodeSpec.of("inf-off-b", "op-off-b", model("sim-off-topic-b", QualityTier.OFF_TOPIC)));
        List<EvaluatorSpec> evaluators = List.of(EvaluatorSpec.of("eval-a", "op-ea", "minilm"),
                EvaluatorSpec.of("eval-b", "op-eb", "minilm"), EvaluatorSpec.of("eval-c", "op-ec", "bge"));
        PlatformConfig config = new PlatformConfig(home, false, 0, 0, 0, 0,
                new PlatformConfig.ServicePorts(0, 0, 0, 0, 0), nodes, evaluators, 3, 3);
        platform = LocalPlatform.start(config, ServiceJars.locate());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theClearlyBestAnswerWinsAndTheRoundIsStoredScoredAndSettled() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"concord-auto\",\"messages\":[{\"role\":\"user\",\"content\":\""
                + QUESTION + "\"}]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("object").asString()).isEqualTo("chat.completion");
        assertThat(body.path("choices").get(0).path("message").path("content").asString()).isEqualTo(REFERENCE);
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
        HttpResponse<String> answer = post("{\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}");
        String roundId = JSON.readTree(answer.body()).path("concord").path("round_id").asString();

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
        HttpResponse<String> models = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/models")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.body()).contains("concord-auto", "sim-exact", "sim-off-topic-a");
    }

    private static SimulatedModel model(String name, QualityTier tier) {
        return SimulatedModel.of(name, tier).withLatency(LatencyModel.lognormal(20, 0.2));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/v1/chat/completions"))
                .header("Content-Type", "application/json")
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
