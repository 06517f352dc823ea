package dev.concord.gateway.support;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.event.Event;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.protocol.event.SignedEvent;
import dev.concord.testsupport.SharedInfrastructure;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The rest of the platform, played over the real Kafka for the gateway's tests: inference nodes with real keys and
 * self-signed registry entries serving a model of their own, which answer every prompt that selects them with
 * signed commitments and then the signed responses that open them, an evaluator's signed score sheet, and consensus's decision addressed to the prompt's replica.
 * The winning answer names the question, so a test can tell whose answer a client got.
 *
 * <p>While {@link #hold()} is on, decisions wait (responses and scores still flow) until {@link #release()}.
 */
public final class TestSwarm implements AutoCloseable {

    public static final int PROMPT_TOKENS = 10;
    public static final int COMPLETION_TOKENS = 5;

    private final String model;
    private final List<Node> nodes = new ArrayList<>();
    private final Node evaluator;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;
    private final Map<String, PromptRequest> prompts = new ConcurrentHashMap<>();
    private final List<PromptRequest> held = new ArrayList<>();
    private final AtomicBoolean holding = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread loop;

    private TestSwarm(String run, int inferenceNodes) {
        this.model = "test-model-" + run;
        for (int i = 0; i < inferenceNodes; i++) {
            nodes.add(new Node("inf-" + i + "-" + run, NodeRole.INFERENCE, NodeKeys.generate()));
        }
        evaluator = new Node("eval-" + run, NodeRole.EVALUATOR, NodeKeys.generate());
        createTopics();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.PROMPTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        loop = new Thread(() -> answerPrompts(consumer), "test-swarm-" + run);
        loop.setDaemon(true);
        loop.start();
        for (Node node : nodes) {
            send(Topics.REGISTRY, node.registryEntry(model));
        }
        send(Topics.REGISTRY, evaluator.registryEntry(model));
    }

    /** Starts answering prompts from now on; announce its nodes and wait for the gateway to see them. */
    public static TestSwarm start(String run, int inferenceNodes) {
        return new TestSwarm(run, inferenceNodes);
    }

    public String model() {
        return model;
    }

    public Set<String> nodeIds() {
        return Set.copyOf(nodes.stream().map(Node::id).toList());
    }

    /** The prompts this swarm answered (or holds), by round id: what reached Kafka. */
    public Map<String, PromptRequest> prompts() {
        return prompts;
    }

    /** What the winning node answers to {@code question}. */
    public static String answerTo(String question) {
        return "The answer to '" + question + "'.";
    }

    public void hold() {
        holding.set(true);
    }

    public void release() {
        List<PromptRequest> waiting;
        synchronized (held) {
            holding.set(false);
            waiting = List.copyOf(held);
            held.clear();
        }
        waiting.forEach(this::decide);
    }

    private void answerPrompts(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    PromptRequest prompt = codec.decode(record.value(), PromptRequest.class);
                    if (nodeIds().containsAll(prompt.inferenceNodes())) {
                        answer(prompt);
                    }
                }
            }
        }
    }

    private void answer(PromptRequest prompt) {
        prompts.put(prompt.requestId(), prompt);
        String answer = answerTo(prompt.question());
        Map<String, String> nonces = new HashMap<>();
        for (String nodeId : prompt.inferenceNodes()) {
            nonces.put(nodeId, Commitments.newNonce());
            send(Topics.COMMITMENTS, node(nodeId).sign(new ResponseCommitment(ResponseCommitment.VERSION,
                    prompt.requestId(), nodeId, Commitments.of(prompt.requestId(), nodeId, nonces.get(nodeId), answer),
                    Instant.now(), null)));
        }
        List<Score> scores = new ArrayList<>();
        for (String nodeId : prompt.inferenceNodes()) {
            send(Topics.RESPONSES, node(nodeId).sign(new InferenceResponse(InferenceResponse.VERSION, prompt.requestId(),
                    nodeId, model, answer, PROMPT_TOKENS, COMPLETION_TOKENS, 1, 1, Instant.now(), nonces.get(nodeId), null)));
            scores.add(new Score(nodeId, nodeId.equals(prompt.inferenceNodes().get(0)) ? 9 : 5));
        }
        send(Topics.SCORES, evaluator.sign(new ScoreSheet(ScoreSheet.VERSION, prompt.requestId(), evaluator.id(), "test",
                scores, Instant.now(), null)));
        synchronized (held) {
            if (holding.get()) {
                held.add(prompt);
                return;
            }
        }
        decide(prompt);
    }

    private Node node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst().orElseThrow();
    }

    private void decide(PromptRequest prompt) {
        send(Topics.DECISIONS, new RoundDecision(RoundDecision.VERSION, prompt.requestId(), RoundStatus.DECIDED,
                prompt.inferenceNodes().get(0), model, answerTo(prompt.question()), 9.0, PROMPT_TOKENS,
                COMPLETION_TOKENS, prompt.rule(), 1, List.of(), List.of(), prompt.feeMicros(), prompt.replyTo(),
                Instant.now()));
    }

    private void send(String topic, Event event) {
        try {
            producer.send(new ProducerRecord<>(topic, event.key(), codec.encode(event))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    private static void createTopics() {
        Properties config = new Properties();
        config.put("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            List<NewTopic> topics = new ArrayList<>();
            Topics.ROUND_TOPICS.forEach(topic -> topics.add(new NewTopic(topic, 3, (short) 1)));
            topics.add(new NewTopic(Topics.REGISTRY, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")));
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            send(Topics.REGISTRY, node.withStatus(model, NodeStatus.EXITED));
        }
        send(Topics.REGISTRY, evaluator.withStatus(model, NodeStatus.EXITED));
        running.set(false);
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }

    private record Node(String id, NodeRole role, KeyPair keys) {

        RegistryEntry registryEntry(String model) {
            return withStatus(model, NodeStatus.ACTIVE);
        }

        RegistryEntry withStatus(String model, NodeStatus status) {
            return sign(new RegistryEntry(RegistryEntry.VERSION, id, role, "op-" + id, NodeKeys.encodePublic(keys.getPublic()),
                    model, 1_000, 1_000_000, status, Instant.now(), null));
        }

        <T extends SignedEvent> T sign(T event) {
            return new EventSigner(id, keys.getPrivate(), new EventCodec()).sign(event);
        }
    }
}
