package dev.concord.inference.messaging;

import static dev.concord.inference.Prompts.FRANCE;
import static dev.concord.inference.Prompts.PARIS;
import static dev.concord.inference.Prompts.aboutFrance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.inference.agent.InferenceCost;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;
import dev.concord.modelsim.text.Tokens;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorIds;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RevealRequest;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.testsupport.KafkaTestConsumer;
import dev.concord.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole agent: real Kafka from test-support, a real model-sim server on an ephemeral port, prompts in on
 * {@code concord.prompts}, signed responses out on {@code concord.responses}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InferenceAgentIntegrationTest {

    /** Kafka is shared by the test JVM: ids unique to this run keep other tests' records out of the assertions. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NODE = "inf-it-" + RUN;
    private static final long PRICE = 1_500;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ModelSimServer MODEL_SIM =
            ModelSimServer.start(SimulatedModel.of("sim-exact", QualityTier.EXACT), 0);

    @TempDir
    static Path keyDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedInfrastructure.registerKafka(registry);
        registry.add("concord.inference.agent-id", () -> "inference-agent-it-" + RUN);
        registry.add("concord.inference.key-dir", () -> keyDir.toString());
        // Setting nodes[0] here replaces the application.yml node list: this agent hosts exactly one node.
        registry.add("concord.inference.nodes[0].id", () -> NODE);
        registry.add("concord.inference.nodes[0].operator", () -> "op-it");
        registry.add("concord.inference.nodes[0].model-server-url", MODEL_SIM::baseUrl);
        registry.add("concord.inference.nodes[0].model", MODEL_SIM::modelId);
        registry.add("concord.inference.nodes[0].price-per-1k-tokens-micros", () -> PRICE);
        registry.add("concord.inference.nodes[0].stake-micros", () -> 5_000_000);
    }

    @AfterAll
    static void stopModelSim() {
        MODEL_SIM.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    @Test
    void answersAPromptNamingAHostedNodeWithAResponseSignedByTheAnnouncedKey() throws Exception {
        String requestId = "req-answer-" + RUN;
        publish(requestId, codec.encode(aboutFrance(requestId, List.of("inf-elsewhere", NODE),
                clock.instant().plusSeconds(30))));

        ResponseCommitment commitment = codec.decode(KafkaTestConsumer.awaitRecord(Topics.COMMITMENTS,
                record -> requestId.equals(record.key()), WAIT).value(), ResponseCommitment.class);
        kafka.send(Topics.REVEALS, requestId, codec.encode(new RevealRequest(RevealRequest.VERSION, requestId,
                List.of(NODE), clock.instant().plusSeconds(30)))).join();
        InferenceResponse response = codec.decode(KafkaTestConsumer.awaitRecord(Topics.RESPONSES,
                record -> requestId.equals(record.key()), WAIT).value(), InferenceResponse.class);
        RegistryEntry announced = codec.decode(KafkaTestConsumer.awaitRecord(Topics.REGISTRY,
                record -> NODE.equals(record.key()), WAIT).value(), RegistryEntry.class);

        assertThat(response.nodeId()).isEqualTo(NODE);
        assertThat(response.model()).isEqualTo("sim-exact");
        assertThat(response.content()).isEqualTo(PARIS);
        assertThat(response.promptTokens()).isEqualTo(Tokens.count("Be brief.") + Tokens.count(FRANCE));
        assertThat(response.completionTokens()).isEqualTo(Tokens.count(PARIS));
        assertThat(response.costMicros())
                .isEqualTo(InferenceCost.micros(response.promptTokens(), response.completionTokens(), PRICE));
        assertThat(announced.role()).isEqualTo(NodeRole.INFERENCE);
        // the node's operator is the key named op-it, kept beside the node keys; its id is derived from that key
        assertThat(announced.operatorId()).isEqualTo(OperatorIds.of(NodeKeys.decodePublic(
                Files.readAllLines(keyDir.resolve("operators").resolve("op-it.key")).get(1))));
        assertThat(announced.pricePer1kTokensMicros()).isEqualTo(PRICE);
        SignatureVerifier verifier = new SignatureVerifier(codec);
        assertThat(verifier.verify(announced, NodeKeys.decodePublic(announced.publicKey()))).isTrue();
        assertThat(verifier.verify(response, NodeKeys.decodePublic(announced.publicKey()))).isTrue();
        assertThat(verifier.verify(commitment, NodeKeys.decodePublic(announced.publicKey()))).isTrue();
        assertThat(Commitments.matches(commitment.commitment(), requestId, NODE, response.nonce(), response.content()))
                .isTrue();
    }

    @Test
    void aPromptNamingNoHostedNodeYieldsNoResponse() {
        String silent = "req-silent-" + RUN;
        String sentinel = "req-sentinel-" + RUN;
        // Both records carry the sentinel's key, so they share a partition and the agent handles the silent prompt
        // first: once the sentinel is answered, the silent one has been read and (rightly) ignored.
        publish(sentinel, codec.encode(aboutFrance(silent, List.of("inf-elsewhere"), clock.instant().plusSeconds(30))));
        publish(sentinel, codec.encode(aboutFrance(sentinel, List.of(NODE), clock.instant().plusSeconds(30))));

        KafkaTestConsumer.awaitRecord(Topics.COMMITMENTS, record -> sentinel.equals(record.key()), WAIT);

        assertThatThrownBy(() -> KafkaTestConsumer.awaitRecord(Topics.COMMITMENTS,
                record -> silent.equals(record.key()), Duration.ofSeconds(1)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aMalformedPromptLandsOnTheDeadLetterTopic() {
        String key = "req-poison-" + RUN;
        publish(key, "{\"version\":1,\"requestId\":\"" + key + "\"");

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.PROMPTS),
                record -> key.equals(record.key()), WAIT);

        Header cause = dead.headers().lastHeader("kafka_dlt-exception-cause-fqcn");
        assertThat(cause).isNotNull();
        assertThat(new String(cause.value(), StandardCharsets.UTF_8)).isEqualTo(InvalidEventException.class.getName());
    }

    @Test
    void reportsHealthOnTheActuator() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    private void publish(String key, String json) {
        kafka.send(Topics.PROMPTS, key, json).join();
    }
}
