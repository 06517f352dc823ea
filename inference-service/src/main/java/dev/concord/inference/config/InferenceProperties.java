package dev.concord.inference.config;

import dev.concord.runtime.identity.OperatorKeySource;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one inference agent process ({@code concord.inference}).
 *
 * @param agentId            the agent's id; also its Kafka consumer group, so every agent sees every prompt
 * @param keyDir             where each hosted node's key file ({@code <nodeId>.key}) lives, and in
 *                           {@code operators/<name>.key} each operator key not configured in {@code operators}
 * @param maxConcurrentCalls model calls in flight at once across all hosted nodes; when all are busy the listener
 *                           waits (up to the prompt's response deadline) instead of queueing without bound
 * @param nodes              the inference nodes this process hosts
 * @param operators          where the keys of the operators the nodes name are, by name (a key file or the key
 *                           material); an operator not listed keeps its key in {@code key-dir}, created on first use
 */
@ConfigurationProperties("concord.inference")
public record InferenceProperties(
        String agentId,
        Path keyDir,
        @DefaultValue("8") int maxConcurrentCalls,
        List<NodeProperties> nodes,
        Map<String, OperatorKeySource> operators) {

    public InferenceProperties {
        Required.text(agentId, "concord.inference.agent-id");
        Required.present(keyDir, "concord.inference.key-dir");
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("concord.inference.max-concurrent-calls must be at least 1, was "
                    + maxConcurrentCalls);
        }
        if (nodes == null || nodes.isEmpty()) {
            throw new IllegalArgumentException("concord.inference.nodes must name at least one node");
        }
        nodes = List.copyOf(nodes);
        operators = operators == null ? Map.of() : Map.copyOf(operators);
        Set<String> ids = new HashSet<>();
        for (NodeProperties node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("concord.inference.nodes names node " + node.id() + " twice");
            }
        }
    }
}
