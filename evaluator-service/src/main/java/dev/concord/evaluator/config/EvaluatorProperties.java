package dev.concord.evaluator.config;

import dev.concord.evaluator.injection.InjectionPolicy;
import dev.concord.evaluator.scoring.CrossEncoderFiles;
import dev.concord.evaluator.scoring.JudgeEndpoint;
import dev.concord.evaluator.scoring.ScorerKind;
import dev.concord.runtime.identity.OperatorKeySource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evaluator agent: who it is, where its nodes' keys live, how much scoring it runs at once, and the evaluator
 * nodes it hosts.
 *
 * @param agentId            this process's id; also its Kafka consumer group, which makes tasks a broadcast
 * @param keyDir             where each hosted node keeps {@code <nodeId>.key}, and in {@code operators/<name>.key}
 *                           each operator key not configured in {@code operators}
 * @param workers            scoring jobs run at once (one job = one scorer over one round)
 * @param backlog            jobs that may wait beyond the running ones before the listener is held back
 * @param handOffTimeout     how long the listener waits for room before the task goes to retry, then dead-letter
 * @param embeddingCacheSize embeddings kept (about 1.5 KB each at 384 dimensions)
 * @param nodes              the hosted evaluator nodes
 * @param judge              the LLM judge server nodes with scorer {@code judge} ask; required only by them
 * @param injection          what every hosted node does with a response that tries to instruct its grader
 * @param crossEncoder       the ONNX cross-encoder nodes with scorer {@code cross-encoder} load; required only by them
 * @param operators          where the keys of the operators the nodes name are, by name (a key file or the key
 *                           material); an operator not listed keeps its key in {@code key-dir}, created on first use
 */
@ConfigurationProperties("concord.evaluator")
public record EvaluatorProperties(
        String agentId,
        Path keyDir,
        @DefaultValue("2") int workers,
        @DefaultValue("32") int backlog,
        @DefaultValue("10s") Duration handOffTimeout,
        @DefaultValue("4096") int embeddingCacheSize,
        List<Node> nodes,
        Judge judge,
        @DefaultValue Injection injection,
        CrossEncoder crossEncoder,
        Map<String, OperatorKeySource> operators) {

    public EvaluatorProperties {
        require(agentId != null && !agentId.isBlank(), "agent-id is required");
        require(keyDir != null, "key-dir is required");
        require(workers >= 1, "workers must be at least 1");
        require(backlog >= 0, "backlog must not be negative");
        require(embeddingCacheSize >= 1, "embedding-cache-size must be at least 1");
        require(nodes != null && !nodes.isEmpty(), "at least one node is required (concord.evaluator.nodes)");
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            require(ids.add(node.id()), "node " + node.id() + " is configured twice");
        }
        boolean judgeConfigured = judge != null && judge.baseUrl() != null;
        for (Node node : nodes) {
            require(node.scorer() != ScorerKind.JUDGE || judgeConfigured, "node " + node.id()
                    + " has scorer judge but no judge server is configured: set concord.evaluator.judge.base-url"
                    + " (and .model)");
            require(node.scorer() != ScorerKind.CROSS_ENCODER || (crossEncoder != null
                    && crossEncoder.modelFile() != null && crossEncoder.tokenizerFile() != null), "node " + node.id()
                    + " has scorer cross-encoder but its files are not configured: set"
                    + " concord.evaluator.cross-encoder.model-file and .tokenizer-file (no weights ship with Concord)");
        }
        nodes = List.copyOf(nodes);
        operators = operators == null ? Map.of() : Map.copyOf(operators);
        if (injection == null) {
            injection = new Injection(true, 0);
        }
    }

    public InjectionPolicy injectionPolicy() {
        return new InjectionPolicy(injection.enabled(), injection.maxScore());
    }

    /** The judge server as the scorers want it; empty when none is configured. */
    public Optional<JudgeEndpoint> judgeEndpoint() {
        if (judge == null || judge.baseUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new JudgeEndpoint(judge.baseUrl(), judge.model(), judge.apiKey(), judge.timeout()));
    }

    /**
     * The OpenAI-compatible server an LLM-judge node asks.
     *
     * @param baseUrl the API root ending in {@code /v1}; unset means no judge
     * @param model   the served model id
     * @param apiKey  bearer key; unset or blank when the server wants none
     * @param timeout how long one grading call may take. A response costs at most two calls in a row (one retry after
     *                an invalid reply), and the gateway's default scoring window is 10 s: the 4 s default keeps both
     *                in it.
     */
    public record Judge(URI baseUrl, String model, String apiKey, @DefaultValue("4s") Duration timeout) {

        public Judge {
            require(baseUrl == null || (model != null && !model.isBlank()),
                    "judge.model is required when judge.base-url is set");
            require(timeout != null && !timeout.isNegative() && !timeout.isZero(), "judge.timeout must be positive");
        }
    }

    /** The cross-encoder's files as the scorers want them; empty when none are configured. */
    public Optional<CrossEncoderFiles> crossEncoderFiles() {
        if (crossEncoder == null || crossEncoder.modelFile() == null) {
            return Optional.empty();
        }
        return Optional.of(new CrossEncoderFiles(crossEncoder.modelFile(), crossEncoder.tokenizerFile()));
    }

    /**
     * An ONNX cross-encoder (off unless a node uses it). Whether the files exist is checked when the agent starts,
     * with a message naming the missing one.
     *
     * @param modelFile     the ONNX relevance model, e.g. ms-marco-MiniLM-L-6-v2's model.onnx
     * @param tokenizerFile its HuggingFace tokenizer.json
     */
    public record CrossEncoder(Path modelFile, Path tokenizerFile) {
    }

    /** Whether any hosted node is configured to attack: allowed in simulations only. */
    public boolean anyAttack() {
        return nodes.stream().anyMatch(node -> node.attack() != null);
    }

    /**
     * The prompt-injection defence ({@code InjectionPolicy}).
     *
     * @param enabled  whether responses are screened at all; switch off only to measure the defence
     * @param maxScore the most a flagged response can score on a sheet (0 by default: an attempt scores nothing)
     */
    public record Injection(@DefaultValue("true") boolean enabled, @DefaultValue("0") double maxScore) {

        public Injection {
            require(maxScore >= 0 && maxScore <= 10, "injection.max-score must be within 0..10");
        }
    }

    /**
     * One hosted evaluator node.
     *
     * @param operator            the name of the key of the operator that runs the node: the registry's operator id
     *                            is derived from that key, which endorses the node ({@code operators.<name>}, else
     *                            {@code <key-dir>/operators/<name>.key}, created on first use)
     * @param stakeMicros         the stake it announces
     * @param pricePerSheetMicros what it charges per score sheet (the registry's price field)
     * @param attack              for simulations only, never set in production (the agent refuses to start with it
     *                            under the {@code prod} profile): the name of one of the protocol's evaluator attacks
     *                            (concord-quality's {@code EvaluatorAttacks}: noise, boosting, sabotage, intermittent,
     *                            collusion, constant, copier, inverted); unset means honest
     * @param attackTarget        the inference node a {@code collusion} attacker promotes
     */
    public record Node(String id, String operator, ScorerKind scorer, @DefaultValue("0") long stakeMicros,
                       @DefaultValue("0") long pricePerSheetMicros, String attack, String attackTarget) {

        public Node {
            require(id != null && !id.isBlank(), "every node needs an id");
            require(operator != null && !operator.isBlank(), "node " + id + " needs an operator");
            require(scorer != null, "node " + id + " needs a scorer (minilm, bge, lexical, judge or cross-encoder)");
            require(stakeMicros >= 0 && pricePerSheetMicros >= 0, "node " + id + ": stake and price must not be negative");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("concord.evaluator: " + message);
        }
    }
}
