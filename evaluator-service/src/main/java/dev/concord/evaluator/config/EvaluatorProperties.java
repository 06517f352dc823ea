package dev.concord.evaluator.config;

import dev.concord.evaluator.scoring.ScorerKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evaluator agent: who it is, where its nodes' keys live, how much scoring it runs at once, and the evaluator
 * nodes it hosts.
 *
 * @param agentId            this process's id; also its Kafka consumer group, which makes tasks a broadcast
 * @param keyDir             where each hosted node keeps {@code <nodeId>.key}
 * @param workers            scoring jobs run at once (one job = one scorer over one round)
 * @param backlog            jobs that may wait beyond the running ones before the listener is held back
 * @param handOffTimeout     how long the listener waits for room before the task goes to retry, then dead-letter
 * @param embeddingCacheSize embeddings kept (about 1.5 KB each at 384 dimensions)
 * @param nodes              the hosted evaluator nodes
 */
@ConfigurationProperties("concord.evaluator")
public record EvaluatorProperties(
        String agentId,
        Path keyDir,
        @DefaultValue("2") int workers,
        @DefaultValue("32") int backlog,
        @DefaultValue("10s") Duration handOffTimeout,
        @DefaultValue("4096") int embeddingCacheSize,
        List<Node> nodes) {

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
        nodes = List.copyOf(nodes);
    }

    /**
     * One hosted evaluator node.
     *
     * @param stakeMicros         the stake it announces
     * @param pricePerSheetMicros what it charges per score sheet (the registry's price field)
     */
    public record Node(String id, String operator, ScorerKind scorer, @DefaultValue("0") long stakeMicros,
                       @DefaultValue("0") long pricePerSheetMicros) {

        public Node {
            require(id != null && !id.isBlank(), "every node needs an id");
            require(operator != null && !operator.isBlank(), "node " + id + " needs an operator");
            require(scorer != null, "node " + id + " needs a scorer (minilm, bge or lexical)");
            require(stakeMicros >= 0 && pricePerSheetMicros >= 0, "node " + id + ": stake and price must not be negative");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("concord.evaluator: " + message);
        }
    }
}
