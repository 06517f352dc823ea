package dev.concord.gateway.config;

import dev.concord.gateway.round.PendingRounds;
import dev.concord.gateway.round.RoundDispatcher;
import dev.concord.gateway.web.ChatRequestValidator;
import dev.concord.gateway.web.ChunkStream;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.registry.NodeRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    PendingRounds pendingRounds() {
        return new PendingRounds();
    }

    @Bean
    RoundDispatcher roundDispatcher(NodeRegistry registry, EventPublisher publisher, PendingRounds pending,
                                    GatewayProperties properties, Clock clock) {
        return new RoundDispatcher(registry, publisher, pending, properties, clock);
    }

    @Bean
    ChatRequestValidator chatRequestValidator(GatewayProperties properties) {
        return new ChatRequestValidator(properties);
    }

    @Bean
    ChunkStream chunkStream(JsonMapper json) {
        return new ChunkStream(json);
    }

    @Bean
    SwarmHealthIndicator swarmHealthIndicator(NodeRegistry registry, GatewayProperties properties) {
        return new SwarmHealthIndicator(registry, properties);
    }
}
