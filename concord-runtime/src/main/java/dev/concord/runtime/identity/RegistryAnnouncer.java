package dev.concord.runtime.identity;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.runtime.messaging.EventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the self-signed registry entries of the nodes an agent hosts, at start-up and before the agent's Kafka
 * listeners start (an early lifecycle phase), so nothing the agent signs is published before its signer's key. A node
 * that cannot be announced fails the start-up: an agent whose nodes nobody can select or verify has no reason to run.
 * Until the registry service takes registrations (with stake and a registration fee), this is how nodes join.
 */
public class RegistryAnnouncer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RegistryAnnouncer.class);

    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Clock clock;
    private final List<NodeIdentity> nodes;
    private volatile boolean running;

    public RegistryAnnouncer(EventPublisher publisher, EventCodec codec, Clock clock, List<NodeIdentity> nodes) {
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public void start() {
        for (NodeIdentity node : nodes) {
            try {
                publisher.publish(Topics.REGISTRY, node.registryEntry(codec, NodeStatus.ACTIVE, clock.instant()))
                        .get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not announce node " + node.nodeId(), e);
            }
            log.info("announced {} node {} ({})", node.role(), node.nodeId(), node.model());
        }
        running = true;
    }

    /**
     * Marks the hosted nodes EXITED on a clean shutdown, so nobody keeps selecting nodes that will not answer. Best
     * effort: a crashed agent cannot do this, which is why consensus also copes with nodes that never answer.
     */
    @Override
    public void stop() {
        for (NodeIdentity node : nodes) {
            try {
                publisher.publish(Topics.REGISTRY, node.registryEntry(codec, NodeStatus.EXITED, clock.instant()))
                        .get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("could not mark node {} exited: {}", node.nodeId(), e.getMessage());
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
