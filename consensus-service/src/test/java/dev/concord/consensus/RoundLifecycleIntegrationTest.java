package dev.concord.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.consensus.web.RoundController;
import dev.concord.consensus.web.RoundEvidence;
import dev.concord.consensus.web.SelectionCheck;
import dev.concord.protocol.Topics;
import dev.concord.protocol.api.ApiError;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.ChatMessage;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RevealRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.protocol.selection.Candidate;
import dev.concord.protocol.selection.RegistrySnapshot;
import dev.concord.protocol.selection.RoundSelection;
import dev.concord.protocol.selection.SeededSelection;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.registry.NodeRegistry;
import dev.concord.testsupport.KafkaTestConsumer;
import dev.concord.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round through consensus on the real Kafka and PostgreSQL, with nodes played by the test. The context is closed
 * after the class: left cached, its consensus instance (5 s reveal window) would keep taking rounds from the group
 * in later test classes, such as TwoInstancesIntegrationTest's.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"concord.consensus.sweep-millis=100", "concord.consensus.trust.rule=multiplicative",
                "concord.consensus.reveal-window=5s"})
class RoundLifecycleIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "consensus");
    }

    @Autowired
    EventPublisher publisher;
    @Autowired
    NodeRegistry registry;
    @Autowired
    EventCodec codec;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoundController rounds;
    @Autowired
    JsonMapper json;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private TestNode good;
    private TestNode bad;
    private List<TestNode> evaluators;

    @BeforeEach
    void registerNodes() {
        good = TestNode.create("good-" + run, NodeRole.INFERENCE, "op-good-" + run);
        bad = TestNode.create("bad-" + run, NodeRole.INFERENCE, "op-bad-" + run);
        evaluators = List.of(TestNode.create("e1-" + run, NodeRole.EVALUATOR, "op-e1-" + run),
                TestNode.create("e2-" + run, NodeRole.EVALUATOR, "op-e2-" + run),
                TestNode.create("e3-" + run, NodeRole.EVALUATOR, "op-e3-" + run));
        announce(NodeStatus.ACTIVE);
        List<String> ours = evaluators.stream().map(TestNode::id).sorted().toList();
        Awaitility.await().atMost(WAIT).until(() -> registry.node(good.id()).isPresent() && registry.node(bad.id()).isPresent()
                && registry.active(NodeRole.EVALUATOR).stream().map(RegistryEntry::nodeId).sorted().toList().equals(ours));
    }

    /** Other tests' evaluators must not be selectable in this one. */
    @AfterEach
    void retireNodes() {
        announce(NodeStatus.EXITED);
    }

    private void announce(NodeStatus status) {
        for (TestNode node : List.of(good, bad, evaluators.get(0), evaluators.get(1), evaluators.get(2))) {
            publisher.publish(Topics.REGISTRY, node.registryEntry(status)).join();
        }
    }

    @Test
    void medianOfTheSheetsPicksTheBetterResponseDespiteAnOutlier() {
        PromptRequest prompt = prompt(Duration.ofSeconds(20));
        publisher.publish(Topics.PROMPTS, prompt).join();
        TestNode.Answer paris = good.answer(prompt.requestId(), "Paris is the capital of France.");
        TestNode.Answer bananas = bad.answer(prompt.requestId(), "Bananas are yellow.");
        publisher.publish(Topics.COMMITMENTS, paris.commitment()).join();
        publisher.publish(Topics.COMMITMENTS, bananas.commitment()).join();
        RevealRequest reveal = awaitRevealRequest(prompt);
        assertThat(reveal.nodeIds()).containsExactly(good.id(), bad.id());
        publisher.publish(Topics.RESPONSES, paris.reveal()).join();
        publisher.publish(Topics.RESPONSES, bananas.reveal()).join();
        // a redelivered response must not count twice
        publisher.publish(Topics.RESPONSES, bananas.reveal()).join();

        EvaluationTask task = codec.decode(KafkaTestConsumer.awaitRecord(Topics.EVALUATIONS,
                r -> r.key().equals(prompt.requestId()), WAIT).value(), EvaluationTask.class);
        assertThat(task.responses()).hasSize(2);
        assertThat(task.evaluators()).containsExactlyInAnyOrderElementsOf(evaluators.stream().map(TestNode::id).toList());

        // evaluator 0 flags the bad response as a prompt-injection attempt: the flag is signed with its sheet
        publisher.publish(Topics.SCORES, evaluators.get(0).sign(new ScoreSheet(ScoreSheet.VERSION, prompt.requestId(),
                evaluators.get(0).id(), "test-scorer", List.of(new Score(good.id(), 9), new Score(bad.id(), 2,
                List.of(Score.PROMPT_INJECTION))), Instant.now(), null))).join();
        publisher.publish(Topics.SCORES, sheet(evaluators.get(1), prompt, 8, 3)).join();
        publisher.publish(Topics.SCORES, sheet(evaluators.get(2), prompt, 0, 10)).join(); // the saboteur

        RoundDecision decision = awaitDecision(prompt);
        assertThat(decision.status()).isEqualTo(RoundStatus.DECIDED);
        assertThat(decision.winnerNodeId()).isEqualTo(good.id());
        assertThat(decision.winnerScore()).isEqualTo(8.0);
        assertThat(decision.nodes()).hasSize(2);
        assertThat(decision.evaluators()).hasSize(3);
        assertThat(decision.clientAccountId()).as("the account reward settles the fee from").isEqualTo("acct-" + run);
        assertThat(decision.faults()).isEmpty();

        assertThat(jdbc.sql("SELECT status FROM round WHERE request_id = ?").param(prompt.requestId())
                .query(String.class).single()).isEqualTo("DECIDED");
        assertThat(jdbc.sql("SELECT count(*) FROM round_response WHERE request_id = ?").param(prompt.requestId())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM consensus_score WHERE request_id = ?").param(prompt.requestId())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM trust_history WHERE request_id = ?").param(prompt.requestId())
                .query(Long.class).single()).isEqualTo(3);
        double saboteur = jdbc.sql("SELECT weight FROM evaluator_trust WHERE evaluator_id = ?")
                .param(evaluators.get(2).id()).query(Double.class).single();
        double honest = jdbc.sql("SELECT weight FROM evaluator_trust WHERE evaluator_id = ?")
                .param(evaluators.get(0).id()).query(Double.class).single();
        assertThat(saboteur).isLessThan(honest);

        RoundEvidence evidence = (RoundEvidence) rounds.round(prompt.requestId()).getBody();
        assertThat(json.writeValueAsString(evidence.scoreSheets()))
                .as("the read API shows an evaluator's injection flag").contains("\"flags\":[\"prompt-injection\"]");
    }

    @Test
    void forgedSheetIsDeadLetteredAndTheRoundDecidesWithoutIt() {
        PromptRequest prompt = prompt(Duration.ofSeconds(6));
        publisher.publish(Topics.PROMPTS, prompt).join();
        commitAndReveal(prompt, good.answer(prompt.requestId(), "Paris."), bad.answer(prompt.requestId(), "Rome."));
        KafkaTestConsumer.awaitRecord(Topics.EVALUATIONS, r -> r.key().equals(prompt.requestId()), WAIT);

        publisher.publish(Topics.SCORES, sheet(evaluators.get(0), prompt, 7, 3)).join();
        publisher.publish(Topics.SCORES, sheet(evaluators.get(1), prompt, 6, 4)).join();
        ScoreSheet genuine = sheet(evaluators.get(2), prompt, 1, 9);
        ScoreSheet forged = new ScoreSheet(genuine.version(), genuine.requestId(), genuine.evaluatorId(), genuine.scorer(),
                List.of(new Score(good.id(), 0), new Score(bad.id(), 10)), genuine.createdAt(), genuine.signature());
        publisher.publish(Topics.SCORES, forged).join();

        KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.SCORES), r -> r.key().equals(prompt.requestId()), WAIT);
        RoundDecision decision = awaitDecision(prompt);
        assertThat(decision.status()).isEqualTo(RoundStatus.DECIDED);
        assertThat(decision.winnerNodeId()).isEqualTo(good.id());
        assertThat(decision.evaluators()).extracting(e -> e.evaluatorId())
                .doesNotContain(evaluators.get(2).id()).hasSize(2);
    }

    @Test
    void noResponsesBeforeTheDeadlineClosesTheRoundWithoutAWinner() {
        PromptRequest prompt = prompt(Duration.ofSeconds(1));
        publisher.publish(Topics.PROMPTS, prompt).join();
        RoundDecision decision = awaitDecision(prompt);
        assertThat(decision.status()).isEqualTo(RoundStatus.NO_RESPONSES);
        assertThat(decision.winnerNodeId()).isNull();
    }

    @Test
    void aRevealThatDoesNotOpenItsCommitmentIsAFaultAndIsNotScored() {
        PromptRequest prompt = prompt(Duration.ofSeconds(20));
        publisher.publish(Topics.PROMPTS, prompt).join();
        TestNode.Answer paris = good.answer(prompt.requestId(), "Paris.");
        TestNode.Answer committed = bad.answer(prompt.requestId(), "Rome.");
        publisher.publish(Topics.COMMITMENTS, paris.commitment()).join();
        publisher.publish(Topics.COMMITMENTS, committed.commitment()).join();
        awaitRevealRequest(prompt);
        publisher.publish(Topics.RESPONSES, paris.reveal()).join();
        // The bad node saw the good answer and reveals it instead of what it committed to.
        InferenceResponse copied = bad.sign(new InferenceResponse(InferenceResponse.VERSION, prompt.requestId(), bad.id(),
                "test-model", "Paris.", 10, 5, 30, 15, Instant.now(), committed.reveal().nonce(), null));
        publisher.publish(Topics.RESPONSES, copied).join();

        EvaluationTask task = awaitTask(prompt);
        assertThat(task.responses()).extracting(r -> r.nodeId()).containsExactly(good.id());
        for (TestNode evaluator : evaluators) {
            publisher.publish(Topics.SCORES, evaluator.sign(new ScoreSheet(ScoreSheet.VERSION, prompt.requestId(),
                    evaluator.id(), "test-scorer", List.of(new Score(good.id(), 8)), Instant.now(), null))).join();
        }
        RoundDecision decision = awaitDecision(prompt);
        assertThat(decision.winnerNodeId()).isEqualTo(good.id());
        assertThat(decision.faults()).singleElement().satisfies(fault -> {
            assertThat(fault.nodeId()).isEqualTo(bad.id());
            assertThat(fault.kind()).isEqualTo(FaultKind.COMMITMENT_MISMATCH);
            assertThat(fault.evidence()).contains(committed.commitment().commitment());
        });
    }

    @Test
    void anAnswerPublishedBeforeTheCommitWindowClosesExcludesItsNode() {
        PromptRequest prompt = prompt(Duration.ofSeconds(20));
        publisher.publish(Topics.PROMPTS, prompt).join();
        TestNode.Answer early = bad.answer(prompt.requestId(), "Rome.");
        publisher.publish(Topics.COMMITMENTS, early.commitment()).join();
        publisher.publish(Topics.RESPONSES, early.reveal()).join();
        Awaitility.await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM round_fault WHERE request_id = ?")
                .param(prompt.requestId()).query(Long.class).single() == 1);
        TestNode.Answer paris = good.answer(prompt.requestId(), "Paris.");
        publisher.publish(Topics.COMMITMENTS, paris.commitment()).join();

        assertThat(awaitRevealRequest(prompt).nodeIds()).containsExactly(good.id());
        publisher.publish(Topics.RESPONSES, paris.reveal()).join();
        assertThat(awaitTask(prompt).responses()).extracting(r -> r.nodeId()).containsExactly(good.id());
        assertThat(jdbc.sql("SELECT kind FROM round_fault WHERE request_id = ? AND node_id = ?")
                .params(prompt.requestId(), bad.id()).query(String.class).single()).isEqualTo("EARLY_REVEAL");
    }

    @Test
    void aNodeThatCommitsAndNeverRevealsTimesOutAfterAccepting() {
        PromptRequest prompt = prompt(Duration.ofSeconds(20));
        publisher.publish(Topics.PROMPTS, prompt).join();
        TestNode.Answer paris = good.answer(prompt.requestId(), "Paris.");
        publisher.publish(Topics.COMMITMENTS, paris.commitment()).join();
        publisher.publish(Topics.COMMITMENTS, bad.answer(prompt.requestId(), "Rome.").commitment()).join();
        awaitRevealRequest(prompt);
        publisher.publish(Topics.RESPONSES, paris.reveal()).join();

        // When the 5 s reveal window closes, the round goes on with the answers it has.
        assertThat(awaitTask(prompt).responses()).extracting(r -> r.nodeId()).containsExactly(good.id());
        assertThat(jdbc.sql("SELECT kind FROM round_fault WHERE request_id = ? AND node_id = ?")
                .params(prompt.requestId(), bad.id()).query(String.class).single()).isEqualTo("TIMEOUT_AFTER_ACCEPT");
    }

    @Test
    void malformedPromptIsDeadLettered() {
        String key = "poison-" + run;
        publisher.publishRaw(Topics.PROMPTS, key, "{\"version\":1,\"requestId\":").join();
        KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.PROMPTS), r -> r.key().equals(key), WAIT);
    }

    private void commitAndReveal(PromptRequest prompt, TestNode.Answer... answers) {
        for (TestNode.Answer answer : answers) {
            publisher.publish(Topics.COMMITMENTS, answer.commitment()).join();
        }
        awaitRevealRequest(prompt);
        for (TestNode.Answer answer : answers) {
            publisher.publish(Topics.RESPONSES, answer.reveal()).join();
        }
    }

    private RevealRequest awaitRevealRequest(PromptRequest prompt) {
        return codec.decode(KafkaTestConsumer.awaitRecord(Topics.REVEALS, r -> r.key().equals(prompt.requestId()), WAIT)
                .value(), RevealRequest.class);
    }

    private EvaluationTask awaitTask(PromptRequest prompt) {
        return codec.decode(KafkaTestConsumer.awaitRecord(Topics.EVALUATIONS, r -> r.key().equals(prompt.requestId()),
                WAIT).value(), EvaluationTask.class);
    }

    @Test
    void selectionRecomputedFromTheStoredRoundIsTheOneUsedEvenAfterTheRegistryChanged() {
        // The gateway's part: N inference nodes by the shared selection code, from the same registry.
        String requestId = "req-" + UUID.randomUUID();
        long version = registry.version();
        String seed = SeededSelection.seed(requestId, version);
        List<String> inference = RoundSelection.inferenceNodes(seed, registry.active(NodeRole.INFERENCE).stream()
                .map(e -> Candidate.of(e, 1.0)).toList(), RoundSelection.ANY_MODEL, 2);
        assertThat(inference).containsExactlyInAnyOrder(good.id(), bad.id());
        PromptRequest prompt = prompt(requestId, inference, seed, version, Duration.ofSeconds(20));
        publisher.publish(Topics.PROMPTS, prompt).join();
        commitAndReveal(prompt, good.answer(requestId, "Paris."), bad.answer(requestId, "Lyon."));
        EvaluationTask task = awaitTask(prompt);

        // The registry moves on: one evaluator leaves, a far heavier one arrives.
        TestNode heavy = TestNode.create("heavy-" + run, NodeRole.EVALUATOR, "op-heavy-" + run);
        publisher.publish(Topics.REGISTRY, evaluators.get(0).registryEntry(NodeStatus.EXITED)).join();
        publisher.publish(Topics.REGISTRY, heavy.registryEntry(NodeStatus.ACTIVE, 1_000_000_000_000L)).join();
        Awaitility.await().atMost(WAIT).until(() -> registry.node(heavy.id()).isPresent());
        try {
            SelectionCheck check = (SelectionCheck) rounds.selection(requestId).getBody();
            assertThat(check.algorithm()).isEqualTo(SeededSelection.ALGORITHM);
            assertThat(check.used().evaluators()).isEqualTo(task.evaluators());
            assertThat(check.recomputed().inferenceNodes()).isEqualTo(inference);
            assertThat(check.recomputed().evaluators()).isEqualTo(task.evaluators());
            assertThat(check.seedMatches()).isTrue();
            assertThat(check.snapshotRegistryVersion()).isEqualTo(version);
            assertThat(check.matches()).isTrue();
            // From today's registry instead, the evaluators would differ: the stored snapshot is what makes it verifiable.
            assertThat(RoundSelection.evaluators(seed, RegistrySnapshot.of(registry.version(),
                    registry.active(NodeRole.EVALUATOR), Map.of()), inference, 3)).isNotEqualTo(task.evaluators());
        } finally {
            publisher.publish(Topics.REGISTRY, heavy.registryEntry(NodeStatus.EXITED)).join();
        }
    }

    @Test
    void selectionThatTheSeedDoesNotGiveIsFlagged() {
        String requestId = "req-" + UUID.randomUUID();
        long version = registry.version();
        // A dishonest gateway: nodes of its choosing under a seed derived from another request.
        PromptRequest prompt = prompt(requestId, List.of(bad.id()), SeededSelection.seed("other-" + requestId, version),
                version, Duration.ofSeconds(20));
        publisher.publish(Topics.PROMPTS, prompt).join();
        Awaitility.await().atMost(WAIT).until(() -> rounds.selection(requestId).getStatusCode().is2xxSuccessful());

        SelectionCheck check = (SelectionCheck) rounds.selection(requestId).getBody();
        assertThat(check.seedMatches()).isFalse();
        assertThat(check.matches()).isFalse();
        assertThat(rounds.selection("no-such-round").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aRoundSelectedByAnotherAlgorithmIsNotRecomputedButSaysSo() {
        String requestId = "req-" + UUID.randomUUID();
        long version = registry.version();
        PromptRequest current = prompt(requestId, List.of(good.id()), SeededSelection.seed(requestId, version), version,
                Duration.ofSeconds(20));
        // as a gateway from before selection algorithms were named sent it: no algorithm
        PromptRequest unnamed = new PromptRequest(current.version(), current.requestId(), current.model(),
                current.messages(), current.maxTokens(), current.inferenceNodes(), current.evaluatorCount(),
                current.rule(), current.selectionSeed(), current.registryVersion(), current.feeMicros(),
                current.replyTo(), current.createdAt(), current.responseDeadline(), current.roundDeadline(),
                current.clientAccountId(), null);
        publisher.publish(Topics.PROMPTS, unnamed).join();
        Awaitility.await().atMost(WAIT).until(() -> rounds.selection(requestId).getStatusCode().value() != 404);

        var answer = rounds.selection(requestId);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody()).isInstanceOf(ApiError.class);
        assertThat(((ApiError) answer.getBody()).error().message()).contains("an unnamed earlier algorithm")
                .contains(SeededSelection.ALGORITHM);
    }

    private RoundDecision awaitDecision(PromptRequest prompt) {
        return codec.decode(KafkaTestConsumer.awaitRecord(Topics.DECISIONS, r -> r.key().equals(prompt.requestId()), WAIT)
                .value(), RoundDecision.class);
    }

    private PromptRequest prompt(Duration window) {
        String requestId = "req-" + UUID.randomUUID();
        return prompt(requestId, List.of(good.id(), bad.id()), SeededSelection.seed(requestId, registry.version()),
                registry.version(), window);
    }

    private PromptRequest prompt(String requestId, List<String> inference, String seed, long version, Duration window) {
        Instant now = Instant.now();
        return new PromptRequest(PromptRequest.VERSION, requestId, "concord-auto",
                List.of(new ChatMessage("user", "What is the capital of France?")), 64, inference,
                3, "median", seed, version, 1_000, "test-gateway", now, now.plus(window), now.plus(window).plus(window),
                "acct-" + run, SeededSelection.ALGORITHM);
    }

    private ScoreSheet sheet(TestNode evaluator, PromptRequest prompt, double goodScore, double badScore) {
        return evaluator.sign(new ScoreSheet(ScoreSheet.VERSION, prompt.requestId(), evaluator.id(), "test-scorer",
                List.of(new Score(good.id(), goodScore), new Score(bad.id(), badScore)), Instant.now(), null));
    }
}
