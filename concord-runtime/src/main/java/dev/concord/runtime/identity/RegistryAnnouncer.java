package dev.concord.runtime.identity;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.runtime.messaging.EventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the self-signed registry entries of the nodes an agent hosts. Until the registry service takes
 * registrations (with stake and a registration fee), this is how nodes join.
 */
public class RegistryAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(RegistryAnnouncer.class);

    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Clock clock;

    public RegistryAnnouncer(EventPublisher publisher, EventCodec codec, Clock clock) {
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
    }

    public void announce(List<NodeIdentity> nodes) {
        for (NodeIdentity node : nodes) {
            try {
                publisher.publish(Topics.REGISTRY, node.registryEntry(codec, clock.instant())).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not announce node " + node.nodeId(), e);
            }
            log.info("announced {} node {} ({})", node.role(), node.nodeId(), node.model());
        }
    }
}
