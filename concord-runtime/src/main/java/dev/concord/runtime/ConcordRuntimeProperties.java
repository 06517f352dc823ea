package dev.concord.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every service.
 *
 * @param registryFeed         whether this service keeps a copy of the node registry
 * @param outboxSweepMillis    how often the outbox relay looks for rows a nudge missed (e.g. after a crash)
 * @param registryAuthorityKey Base64 public key of the registry authority (reward-service): when set, only entries it
 *                             signed are accepted; blank accepts self-signed entries (development, tests)
 * @param registryUrl          where node agents register their nodes (reward-service's base URL); blank: they
 *                             announce themselves with self-signed entries
 */
@ConfigurationProperties("concord.runtime")
public record ConcordRuntimeProperties(@DefaultValue("true") boolean registryFeed,
                                       @DefaultValue("1000") long outboxSweepMillis,
                                       @DefaultValue("") String registryAuthorityKey,
                                       @DefaultValue("") String registryUrl) {
}
