package dev.concord.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.ChatMessage;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.protocol.selection.SeededSelection;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.registry.NodeRegistry;
import dev.concord.testsupport.KafkaTestConsumer;
import dev.concord.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Two consensus instances in one consumer group on the same topics and database: every round is decided once, and
 * every evaluator's trust is updated once per round it took part in, none lost and none applied twice.
 */
class TwoInstancesIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int ROUNDS = 12;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private List<TestNode> nodes;
    private List<TestNode> evaluators;

    @BeforeEach
    void startTwoInstances() {
        for (int i = 0; i < 2; i++) {
            // Command-line arguments outrank application.yml, as they would for a real second instance.
            instances.add(new SpringApplicationBuilder(ConsensusApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=" + SharedInfrastructure.jdbcUrl("consensus"),
                            "--spring.datasource.username=" + SharedInfrastructure.username(),
                            "--spring.datasource.password=" + SharedInfrastructure.password(),
                            "--spring.flyway.schemas=consensus",
                            "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                            "--concord.consensus.sweep-millis=100",
                            // generous: this test checks exactly-once trust, not how fast nodes reveal
                            "--concord.consensus.reveal-window=30s",
                            "--logging.level.org.apache.kafka=WARN",
                            "--logging.level.kafka=ERROR"));
        }
        nodes = List.of(TestNode.create("n1-" + run, NodeRole.INFERENCE, "op-n1-" + run),
                TestNode.create("n2-" + run, NodeRole.INFERENCE, "op-n2-" + run));
        evaluators = List.of(TestNode.create("e1-" + run, NodeRole.EVALUATOR, "op-e1-" + run),
                TestNode.create("e2-" + run, NodeRole.EVALUATOR, "op-e2-" + run),
                TestNode.create("e3-" + run, NodeRole.EVALUATOR, "op-e3-" + run));
        announce(NodeStatus.ACTIVE);
        List<String> ours = evaluators.stream().map(TestNode::id).sorted().toList();
        for (ConfigurableApplicationContext instance : instances) {
            NodeRegistry registry = instance.getBean(NodeRegistry.class);
            Awaitility.await().atMost(WAIT).until(() -> registry.node(nodes.get(1).id()).isPresent()
                    && registry.active(NodeRole.EVALUATOR).stream().map(RegistryEntry::nodeId).sorted().toList().equals(ours));
        }
    }

    /** Both instances own some of the round topics' partitions, so rounds really are shared between them. */
    private void awaitBothInstancesOwnPartitions() {
        Awaitility.await().atMost(WAIT).until(() -> instances.stream().allMatch(instance ->
                instance.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream()
                        .allMatch(container -> container.getAssignedPartitions() != null
                                && !container.getAssignedPartitions().isEmpty())));
    }

    @AfterEach
    void stop() {
        announce(NodeStatus.EXITED);
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyRoundIsDecidedOnceAndEveryTrustUpdateAppliedOnce() {
        awaitBothInstancesOwnPartitions();
        EventPublisher publisher = instances.get(0).getBean(EventPublisher.class);
        EventCodec codec = instances.get(0).getBean(EventCodec.class);
        NodeRegistry registry = instances.get(0).getBean(NodeRegistry.class);
        List<String> requestIds = new ArrayList<>();
        Map<String, Map<String, TestNode.Answer>> reveals = new HashMap<>();
        for (int i = 0; i < ROUNDS; i++) {
            PromptRequest prompt = prompt(registry);
            requestIds.add(prompt.requestId());
            publisher.publish(Topics.PROMPTS, prompt).join();
            Map<String, TestNode.Answer> answers = new HashMap<>();
            for (TestNode node : nodes) {
                TestNode.Answer answer = node.answer(prompt.requestId(), "answer of " + node.id());
                answers.put(node.id(), answer);
                publisher.publish(Topics.COMMITMENTS, answer.commitment()).join();
            }
            reveals.put(prompt.requestId(), answers);
        }
        // Each round's nodes reveal when its commit window closes, whichever instance closes it.
        KafkaTestConsumer.awaitRecords(Topics.REVEALS, r -> requestIds.contains(r.key()), ROUNDS, WAIT);
        for (String requestId : requestIds) {
            for (TestNode.Answer answer : reveals.get(requestId).values()) {
                publisher.publish(Topics.RESPONSES, answer.reveal()).join();
            }
        }
        // Score each round as soon as its evaluation task is out; the rounds spread over both instances' partitions.
        for (String requestId : requestIds) {
            KafkaTestConsumer.awaitRecord(Topics.EVALUATIONS, r -> r.key().equals(requestId), WAIT);
            int e = 0;
            for (TestNode evaluator : evaluators) {
                double scoreOfN1 = 6 + e++;
                publisher.publish(Topics.SCORES, evaluator.sign(new ScoreSheet(ScoreSheet.VERSION, requestId, evaluator.id(),
                        "test", List.of(new Score(nodes.get(0).id(), scoreOfN1), new Score(nodes.get(1).id(), 3)),
                        Instant.now(), null))).join();
            }
        }

        List<RoundDecision> decisions = KafkaTestConsumer.awaitRecords(Topics.DECISIONS,
                r -> requestIds.contains(r.key()), ROUNDS, WAIT).stream()
                .map(r -> codec.decode(r.value(), RoundDecision.class)).toList();
        assertThat(decisions.stream().map(RoundDecision::requestId).collect(Collectors.toSet())).hasSize(ROUNDS);

        JdbcClient jdbc = JdbcClient.create(instances.get(0).getBean(javax.sql.DataSource.class));
        for (TestNode evaluator : evaluators) {
            assertThat(jdbc.sql("SELECT count(*) FROM trust_history WHERE evaluator_id = ?").param(evaluator.id())
                    .query(Long.class).single()).isEqualTo(ROUNDS);
            String state = jdbc.sql("SELECT state FROM evaluator_trust WHERE evaluator_id = ?").param(evaluator.id())
                    .query(String.class).single();
            assertThat(state).as("rounds counted in the stored trust state").contains("\"rounds\":" + ROUNDS);
        }
        List<Long> versions = jdbc.sql("SELECT trust_version FROM round WHERE request_id IN (:ids) ORDER BY trust_version")
                .param("ids", requestIds).query(Long.class).list();
        assertThat(versions).as("each decision took its own trust version").doesNotHaveDuplicates().hasSize(ROUNDS);
    }

    private void announce(NodeStatus status) {
        EventPublisher publisher = instances.get(0).getBean(EventPublisher.class);
        for (TestNode node : concat()) {
            publisher.publish(Topics.REGISTRY, node.registryEntry(status)).join();
        }
    }

    private List<TestNode> concat() {
        List<TestNode> all = new ArrayList<>(nodes);
        all.addAll(evaluators);
        return all;
    }

    private PromptRequest prompt(NodeRegistry registry) {
        String requestId = "two-" + UUID.randomUUID();
        Instant now = Instant.now();
        return new PromptRequest(PromptRequest.VERSION, requestId, "concord-auto", List.of(new ChatMessage("user", "q?")),
                16, nodes.stream().map(TestNode::id).toList(), 3, "median",
                SeededSelection.seed(requestId, registry.version()), registry.version(), 1_000, "test-gateway", now,
                now.plusSeconds(30), now.plusSeconds(60));
    }
}
