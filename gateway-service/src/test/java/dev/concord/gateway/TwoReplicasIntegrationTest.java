package dev.concord.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.concord.gateway.support.GatewayIntegrationTest;
import dev.concord.gateway.support.TestSwarm;
import dev.concord.runtime.registry.NodeRegistry;
import dev.concord.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateway replicas on one Kafka and one database, as on Kubernetes: many clients send at the same time to
 * both, and every client gets the answer to its own question, from a round of its own. Decisions travel on one
 * topic to both replicas; each answers only the clients it holds. A round submitted to one replica can be polled on
 * the other.
 */
class TwoReplicasIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 6;

    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
    private TestSwarm swarm;

    @BeforeEach
    void startTwoReplicasAndASwarm() {
        for (int i = 0; i < 2; i++) {
            // command-line arguments outrank application.yml, as they would for a real replica
            replicas.add(new SpringApplicationBuilder(GatewayApplication.class, OwnEventLoops.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + SharedInfrastructure.jdbcUrl("gateway"),
                    "--spring.datasource.username=" + SharedInfrastructure.username(),
                    "--spring.datasource.password=" + SharedInfrastructure.password(),
                    "--spring.flyway.schemas=gateway",
                    "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                    "--concord.gateway.access.admin-token=" + GatewayIntegrationTest.ADMIN_TOKEN,
                    "--concord.gateway.inference-nodes=1",
                    "--concord.gateway.evaluators=1",
                    // 48 rounds at once on a loaded 2-core machine: the test is about routing, not deadlines
                    "--concord.gateway.response-timeout=30s",
                    "--concord.gateway.scoring-timeout=20s",
                    "--logging.level.org.apache.kafka=WARN",
                    "--logging.level.kafka=ERROR"));
        }
        swarm = TestSwarm.start(UUID.randomUUID().toString().substring(0, 8), 2);
        for (ConfigurableApplicationContext replica : replicas) {
            GatewayIntegrationTest.awaitReady(swarm, replica.getBean(NodeRegistry.class),
                    replica.getBean(KafkaListenerEndpointRegistry.class));
        }
    }

    @AfterEach
    void stop() {
        if (swarm != null) {
            swarm.close();
        }
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyClientGetsTheAnswerToItsOwnQuestion() {
        List<String> keys = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            keys.add(createKey(url(client % 2), "client-" + client));
        }
        List<Asked> asked = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                String question = "Question " + request + " of client " + client + "?";
                int replica = (client + request) % 2;
                asked.add(new Asked(client, replica, question, send(url(replica), keys.get(client), question)));
            }
        }

        Set<String> rounds = new HashSet<>();
        for (Asked ask : asked) {
            HttpResponse<String> response = ask.response().join();
            assertThat(response.statusCode()).as(ask.question() + ": " + response.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("choices").get(0).path("message").path("content").asString())
                    .isEqualTo(TestSwarm.answerTo(ask.question()));
            String round = body.path("concord").path("round_id").asString();
            assertThat(swarm.prompts().get(round).question()).isEqualTo(ask.question());
            rounds.add(round);

            // the other replica finds the round in the shared store, for its owner only
            HttpResponse<String> polled = get(url(1 - ask.replica()), keys.get(ask.client()), "/v1/chat/completions/" + round);
            assertThat(polled.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(polled.body()).path("choices").get(0).path("message").path("content").asString())
                    .isEqualTo(TestSwarm.answerTo(ask.question()));
            assertThat(get(url(1 - ask.replica()), keys.get((ask.client() + 1) % CLIENTS), "/v1/chat/completions/" + round)
                    .statusCode()).isEqualTo(404);
        }
        assertThat(rounds).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
    }

    /** Fails if only the replica that took a submission records its decision: the poll would stay 202, then 504. */
    @Test
    void aRoundWhoseReplicaStoppedMidRoundIsAnsweredByTheOther() {
        String key = createKey(url(0), "orphaned");
        swarm.hold();
        String question = "Who answers when my replica is gone?";
        HttpResponse<String> accepted = send(url(0), key, question, true).join();
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String round = JSON.readTree(accepted.body()).path("round_id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> swarm.prompts().containsKey(round));

        String survivor = url(1);
        replicas.get(0).close();
        swarm.release();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> polled = get(survivor, key, "/v1/chat/completions/" + round);
            assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
            assertThat(JSON.readTree(polled.body()).path("choices").get(0).path("message").path("content").asString())
                    .isEqualTo(TestSwarm.answerTo(question));
        });
    }

    private String url(int replica) {
        int port = ((WebServerApplicationContext) replicas.get(replica)).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    private static String createKey(String gateway, String name) {
        HttpResponse<String> created = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/admin/keys"))
                        .header("Authorization", "Bearer " + GatewayIntegrationTest.ADMIN_TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).join();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("key").asString();
    }

    private CompletableFuture<HttpResponse<String>> send(String gateway, String key, String question) {
        return send(gateway, key, question, false);
    }

    private CompletableFuture<HttpResponse<String>> send(String gateway, String key, String question, boolean async) {
        String body = "{\"model\":\"" + swarm.model() + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question
                + "\"}]" + (async ? ",\"concord\":{\"async\":true}" : "") + "}";
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String gateway, String key, String path) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + key)
                .build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    /**
     * Replicas are separate processes in production; in one JVM they must not share Reactor Netty's global event
     * loops, or stopping one replica would stop the other's server too.
     */
    @Configuration(proxyBeanMethods = false)
    static class OwnEventLoops {

        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory factory = new ReactorResourceFactory();
            factory.setUseGlobalResources(false);
            return factory;
        }
    }

    private record Asked(int client, int replica, String question, CompletableFuture<HttpResponse<String>> response) {
    }
}
