package dev.concord.inference.agent;

import static dev.concord.inference.Prompts.FRANCE;
import static dev.concord.inference.Prompts.PARIS;
import static dev.concord.inference.Prompts.aboutFrance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.inference.modelserver.ChatCompletionClient;
import dev.concord.inference.modelserver.ModelServerEndpoint;
import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.model.LatencyModel;
import dev.concord.modelsim.model.Misbehaviour;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.CorpusResponder;
import dev.concord.modelsim.server.ModelSimServer;
import dev.concord.modelsim.server.Responder;
import dev.concord.modelsim.text.Tokens;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RevealRequest;
import dev.concord.protocol.event.NodeRole;
import dev.concord.runtime.identity.NodeIdentity;
import dev.concord.runtime.identity.OperatorKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agent without Kafka: real model-sim servers over HTTP, commitments and reveals collected in lists. */
class InferenceAgentTest {

    private static final long PRICE = 2_000;

    private final EventCodec codec = new EventCodec();
    private final RecordingSink sink = new RecordingSink();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final AtomicInteger modelCalls = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void answersOnceForEachHostedNodeThePromptNamesWithASignedPricedResponse() throws Exception {
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT), Clock.systemUTC());
        HostedNode a = node("inf-a", server);
        HostedNode b = node("inf-b", server);
        Clock clock = Clock.systemUTC();
        InferenceAgent agent = new InferenceAgent(new HostedNodes(List.of(a, b)), sink, clock, 4);

        agent.onPrompt(aboutFrance("req-1", List.of("inf-elsewhere", "inf-b", "inf-b"), clock.instant().plusSeconds(10)));
        agent.close();

        assertThat(sink.reveals).as("nothing is revealed before consensus asks").isEmpty();
        assertThat(sink.commitments).hasSize(1);
        ResponseCommitment commitment = sink.commitments.get(0);
        assertThat(commitment.nodeId()).isEqualTo("inf-b");
        assertThat(new SignatureVerifier(codec).verify(commitment, b.identity().keys().getPublic())).isTrue();

        agent.onReveal(new RevealRequest(1, "req-1", List.of("inf-a", "inf-b"), clock.instant().plusSeconds(5)));
        agent.onReveal(new RevealRequest(1, "req-1", List.of("inf-b"), clock.instant().plusSeconds(5)));
        assertThat(sink.reveals).as("revealed once, only for the node that answered").hasSize(1);
        assertThat(agent.pendingReveals()).isZero();
        InferenceResponse response = sink.reveals.get(0);
        assertThat(Commitments.matches(commitment.commitment(), "req-1", "inf-b", response.nonce(), response.content()))
                .isTrue();
        assertThat(response.requestId()).isEqualTo("req-1");
        assertThat(response.nodeId()).isEqualTo("inf-b");
        assertThat(response.model()).isEqualTo("sim-exact");
        assertThat(response.content()).isEqualTo(PARIS);
        assertThat(response.promptTokens()).isEqualTo(Tokens.count("Be brief.") + Tokens.count(FRANCE));
        assertThat(response.completionTokens()).isEqualTo(Tokens.count(PARIS));
        assertThat(response.costMicros())
                .isEqualTo(InferenceCost.micros(response.promptTokens(), response.completionTokens(), PRICE))
                .isPositive();
        assertThat(response.latencyMillis()).isNotNegative();
        assertThat(new SignatureVerifier(codec).verify(response, b.identity().keys().getPublic())).isTrue();
        assertThat(new SignatureVerifier(codec).verify(response, a.identity().keys().getPublic())).isFalse();
        assertThat(modelCalls).hasValue(1);
    }

    @Test
    void skipsAPromptWhoseResponseDeadlineHasPassed() throws Exception {
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT), Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        InferenceAgent agent = agent(List.of(node("inf-a", server)), clock, 4);

        agent.onPrompt(aboutFrance("req-late", List.of("inf-a"), clock.instant().minusMillis(1)));
        agent.close();

        assertThat(sink.commitments).isEmpty();
        assertThat(modelCalls).hasValue(0);
    }

    @Test
    void publishesNothingWhenTheModelServerFails() throws Exception {
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.errors(1.0)), Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        InferenceAgent agent = agent(List.of(node("inf-a", server)), clock, 4);

        agent.onPrompt(aboutFrance("req-error", List.of("inf-a"), clock.instant().plusSeconds(10)));
        agent.close();

        assertThat(modelCalls).hasValue(1);
        assertThat(sink.commitments).isEmpty();
    }

    @Test
    void givesUpOnASlowModelServerAtTheResponseDeadline() throws Exception {
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT)
                .withLatency(LatencyModel.lognormal(10_000, 0)), Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        InferenceAgent agent = agent(List.of(node("inf-a", server)), clock, 4);

        long started = System.nanoTime();
        agent.onPrompt(aboutFrance("req-slow", List.of("inf-a"), clock.instant().plusMillis(300)));
        agent.close();

        assertThat(sink.commitments).isEmpty();
        // Generous for a loaded machine, yet far below the 10 s the model would take.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void dropsAnAnswerThatCameBackAfterTheResponseDeadline() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-26T08:00:00Z"));
        // The model "takes" a minute: the server moves the agent's clock past the deadline while it answers.
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT), clock);
        InferenceAgent agent = agent(List.of(node("inf-a", server)), clock, 4);

        agent.onPrompt(aboutFrance("req-overdue", List.of("inf-a"), clock.instant().plusSeconds(10)));
        agent.close();

        assertThat(modelCalls).hasValue(1);
        assertThat(sink.commitments).isEmpty();
    }

    @Test
    void waitsForAFreeSlotInsteadOfQueueingWithoutBound() throws Exception {
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT)
                .withLatency(LatencyModel.lognormal(300, 0)), Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        InferenceAgent agent = agent(List.of(node("inf-a", server)), clock, 1);

        agent.onPrompt(aboutFrance("req-first", List.of("inf-a"), clock.instant().plusSeconds(10)));
        long started = System.nanoTime();
        agent.onPrompt(aboutFrance("req-second", List.of("inf-a"), clock.instant().plusSeconds(10)));
        Duration blocked = Duration.ofNanos(System.nanoTime() - started);
        agent.close();

        assertThat(blocked).as("the second prompt waits for the first call's slot").isGreaterThan(Duration.ofMillis(150));
        assertThat(sink.commitments).extracting(ResponseCommitment::requestId).containsExactly("req-first", "req-second");
    }

    @Test
    void aPromptThatGetsNoSlotBeforeItsDeadlineIsNotAnswered() throws Exception {
        ModelSimServer server = countingServer(SimulatedModel.of("sim-exact", QualityTier.EXACT)
                .withLatency(LatencyModel.lognormal(2_000, 0)), Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        InferenceAgent agent = agent(List.of(node("inf-a", server)), clock, 1);

        agent.onPrompt(aboutFrance("req-busy", List.of("inf-a"), clock.instant().plusSeconds(10)));
        long started = System.nanoTime();
        agent.onPrompt(aboutFrance("req-starved", List.of("inf-a"), clock.instant().plusMillis(150)));
        Duration blocked = Duration.ofNanos(System.nanoTime() - started);
        agent.close();

        assertThat(blocked).as("waits until the deadline, not until the busy call ends").isLessThan(Duration.ofMillis(1_200));
        assertThat(sink.commitments).extracting(ResponseCommitment::requestId).containsExactly("req-busy");
        assertThat(modelCalls).hasValue(1);
    }

    private InferenceAgent agent(List<HostedNode> nodes, Clock clock, int maxConcurrentCalls) {
        return new InferenceAgent(new HostedNodes(nodes), sink, clock, maxConcurrentCalls);
    }

    private static final class RecordingSink implements ResponseSink {

        final List<ResponseCommitment> commitments = new CopyOnWriteArrayList<>();
        final List<InferenceResponse> reveals = new CopyOnWriteArrayList<>();

        @Override
        public void commit(ResponseCommitment commitment) {
            commitments.add(commitment);
        }

        @Override
        public void reveal(InferenceResponse response) {
            reveals.add(response);
        }
    }

    private HostedNode node(String nodeId, ModelSimServer server) {
        NodeIdentity identity = new NodeIdentity(nodeId, NodeRole.INFERENCE, OperatorKey.of(NodeKeys.generate()),
                server.modelId(), PRICE, 1_000_000, NodeKeys.generate());
        ChatCompletionClient client = new ChatCompletionClient(new ModelServerEndpoint(URI.create(server.baseUrl()),
                null, server.modelId(), Duration.ofSeconds(1), Duration.ofSeconds(10)));
        return new HostedNode(identity, identity.signer(codec), client);
    }

    /** A real model-sim server that counts the completions it is asked for; a TestClock is moved a minute per call. */
    private ModelSimServer countingServer(SimulatedModel model, Clock clock) {
        CorpusResponder corpus = new CorpusResponder(model, Corpus::builtIn, new AnswerSynthesizer());
        Responder counting = request -> {
            modelCalls.incrementAndGet();
            if (clock instanceof TestClock testClock) {
                testClock.advance(Duration.ofMinutes(1));
            }
            return corpus.respond(request);
        };
        ModelSimServer server = ModelSimServer.start(model.name(), counting, Optional.empty(), 0);
        resources.add(server);
        return server;
    }
}
