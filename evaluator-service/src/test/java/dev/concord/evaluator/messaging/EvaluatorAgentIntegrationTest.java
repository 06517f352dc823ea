package dev.concord.evaluator.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.testsupport.KafkaTestConsumer;
import dev.concord.testsupport.SharedInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agent against the shared real Kafka: it hosts a MiniLM evaluator and a lexical one under ids unique to this
 * run, and is driven only through its topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EvaluatorAgentIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String MINILM_NODE = "it-eval-minilm-" + RUN;
    private static final String LEXICAL_NODE = "it-eval-lexical-" + RUN;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void agent(DynamicPropertyRegistry registry) throws IOException {
        SharedInfrastructure.registerKafka(registry);
        String keyDir = Files.createTempDirectory("evaluator-keys").toString();
        registry.add("concord.evaluator.agent-id", () -> "it-agent-" + RUN);
        registry.add("concord.evaluator.key-dir", () -> keyDir);
        registry.add("concord.evaluator.nodes[0].id", () -> MINILM_NODE);
        registry.add("concord.evaluator.nodes[0].operator", () -> "op-it-1");
        registry.add("concord.evaluator.nodes[0].scorer", () -> "minilm");
        registry.add("concord.evaluator.nodes[1].id", () -> LEXICAL_NODE);
        registry.add("concord.evaluator.nodes[1].operator", () -> "op-it-2");
        registry.add("concord.evaluator.nodes[1].scorer", () -> "lexical");
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void namedEvaluatorPublishesASheetSignedWithItsRegisteredKey() throws Exception {
        EvaluationTask task = task(List.of("someone-else", MINILM_NODE), Instant.now().plusSeconds(120));
        send(task);

        ScoreSheet sheet = awaitSheet(task.requestId(), MINILM_NODE);
        RegistryEntry entry = codec.decode(KafkaTestConsumer.awaitRecord(Topics.REGISTRY,
                r -> r.key().equals(MINILM_NODE), WAIT).value(), RegistryEntry.class);

        assertThat(entry.role()).isEqualTo(NodeRole.EVALUATOR);
        assertThat(entry.model()).isEqualTo(sheet.scorer()).startsWith("bi-encoder:all-minilm-l6-v2-q@");
        assertThat(new SignatureVerifier(codec).verify(sheet, NodeKeys.decodePublic(entry.publicKey()))).isTrue();
        assertThat(sheet.scores()).extracting(Score::nodeId).containsExactly("inf-1", "inf-2", "inf-3");
        assertThat(sheet.scores()).extracting(Score::value).allSatisfy(v -> assertThat(v).isBetween(0.0, 10.0));
        assertThat(sheet.scores().get(0).value()).isGreaterThan(sheet.scores().get(2).value());
    }

    @Test
    void taskNamingNoneOfItsNodesOrPastItsDeadlineProducesNoSheet() throws Exception {
        EvaluationTask elsewhere = task(List.of("eval-elsewhere"), Instant.now().plusSeconds(120));
        EvaluationTask expired = task(List.of(LEXICAL_NODE, MINILM_NODE), Instant.now().minusSeconds(1));
        EvaluationTask marker = task(List.of(LEXICAL_NODE), Instant.now().plusSeconds(120));
        // One partition, so the agent has handled the first two before it publishes the marker's sheet.
        for (EvaluationTask task : List.of(elsewhere, expired, marker)) {
            kafka.send(Topics.EVALUATIONS, 0, task.requestId(), codec.encode(task)).get();
        }

        awaitSheet(marker.requestId(), LEXICAL_NODE);

        for (EvaluationTask silent : List.of(elsewhere, expired)) {
            assertThatThrownBy(() -> KafkaTestConsumer.awaitRecord(Topics.SCORES,
                    r -> r.key().equals(silent.requestId()), Duration.ofSeconds(2)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("found 0");
        }
    }

    @Test
    void malformedTaskLandsOnTheDeadLetterTopic() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(Topics.EVALUATIONS, key, "{\"version\":1,\"requestId\":").get();

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.EVALUATIONS),
                r -> key.equals(r.key()), WAIT);

        assertThat(dead.value()).isEqualTo("{\"version\":1,\"requestId\":");
    }

    private ScoreSheet awaitSheet(String requestId, String evaluatorId) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.SCORES, r -> r.key().equals(requestId)
                && codec.decode(r.value(), ScoreSheet.class).evaluatorId().equals(evaluatorId), WAIT);
        return codec.decode(record.value(), ScoreSheet.class);
    }

    private void send(EvaluationTask task) throws Exception {
        kafka.send(Topics.EVALUATIONS, task.requestId(), codec.encode(task)).get();
    }

    private static EvaluationTask task(List<String> evaluators, Instant deadline) {
        return new EvaluationTask(EvaluationTask.VERSION, "it-" + UUID.randomUUID(), "What is the capital of Japan?",
                List.of(new CandidateResponse("inf-1", "The capital of Japan is Tokyo."),
                        new CandidateResponse("inf-2", "Tokyo."),
                        new CandidateResponse("inf-3", "Penguins live mostly in the Southern Hemisphere.")),
                evaluators, deadline);
    }
}
