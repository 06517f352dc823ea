package dev.concord.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every service.
 *
 * @param registryFeed      whether this service keeps a copy of the node registry
 * @param outboxSweepMillis how often the outbox relay looks for rows a nudge missed (e.g. after a crash)
 */
@ConfigurationProperties("concord.runtime")
public record ConcordRuntimeProperties(@DefaultValue("true") boolean registryFeed,
                                       @DefaultValue("1000") long outboxSweepMillis) {
}
