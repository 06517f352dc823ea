package dev.concord.gateway.config;

import dev.concord.protocol.event.NodeRole;
import dev.concord.runtime.registry.NodeRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Up when the registry holds enough active nodes for a default round: N inference nodes and K evaluators. */
public class SwarmHealthIndicator implements HealthIndicator {

    private final NodeRegistry registry;
    private final GatewayProperties properties;

    public SwarmHealthIndicator(NodeRegistry registry, GatewayProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public Health health() {
        int inference = registry.active(NodeRole.INFERENCE).size();
        int evaluators = registry.active(NodeRole.EVALUATOR).size();
        Health.Builder health = inference >= properties.inferenceNodes() && evaluators >= properties.evaluators()
                ? Health.up() : Health.outOfService();
        return health.withDetail("inferenceNodes", inference).withDetail("evaluators", evaluators)
                .withDetail("registryVersion", registry.version()).build();
    }
}
