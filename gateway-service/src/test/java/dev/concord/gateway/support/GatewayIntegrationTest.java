package dev.concord.gateway.support;

import dev.concord.protocol.event.NodeRole;
import dev.concord.runtime.registry.NodeRegistry;
import dev.concord.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One gateway on the shared real Kafka and PostgreSQL, with a {@link TestSwarm} of its own answering its prompts,
 * and an HTTP client to it. Requests name the swarm's model, so only this class's nodes are selected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concord.gateway.access.admin-token=" + GatewayIntegrationTest.ADMIN_TOKEN,
        "concord.gateway.inference-nodes=1",
        "concord.gateway.evaluators=1",
        "concord.gateway.response-timeout=3s",
        "concord.gateway.scoring-timeout=2s",
        "logging.level.kafka=ERROR",
        "logging.level.org.apache.kafka=WARN"})
public abstract class GatewayIntegrationTest {

    public static final String ADMIN_TOKEN = "admin-token-for-tests";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    protected static TestSwarm swarm;

    @LocalServerPort
    int port;
    @Autowired
    NodeRegistry registry;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    protected WebTestClient client;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "gateway");
    }

    @BeforeEach
    void swarmAndClient() {
        if (swarm == null) {
            swarm = TestSwarm.start(UUID.randomUUID().toString().substring(0, 8), 2);
        }
        awaitReady(swarm, registry, listeners);
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(WAIT).build();
    }

    @AfterAll
    static void stopSwarm() {
        if (swarm != null) {
            swarm.close();
            swarm = null;
        }
    }

    /** The gateway sees the swarm's nodes and reads its topics (from the latest offset, so it must be reading first). */
    public static void awaitReady(TestSwarm swarm, NodeRegistry registry, KafkaListenerEndpointRegistry listeners) {
        Awaitility.await().atMost(WAIT).until(() -> registry.active(NodeRole.INFERENCE).stream()
                .filter(e -> e.model().equals(swarm.model())).count() == swarm.nodeIds().size());
        Awaitility.await().atMost(WAIT).until(() -> listeners.getListenerContainers().stream()
                .allMatch(c -> c.getAssignedPartitions() != null && !c.getAssignedPartitions().isEmpty()));
    }

    /** A key made through the admin API: its JSON, with the secret in {@code key}. */
    protected JsonNode createKey(Map<String, Object> spec) {
        byte[] body = client.post().uri("/admin/keys").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(spec)
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    /** What the key has spent so far, as the admin API lists it. */
    protected long spentMicros(String keyId) {
        byte[] list = client.get().uri("/admin/keys").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        for (JsonNode key : JSON.readTree(list)) {
            if (key.path("id").asString().equals(keyId)) {
                return key.path("spent_micros").asLong();
            }
        }
        throw new AssertionError("no key " + keyId);
    }

    protected static String question(String text) {
        return "{\"model\":\"" + swarm.model() + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
    }

    protected WebTestClient.ResponseSpec ask(String key, String body) {
        return client.post().uri("/v1/chat/completions").header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
