package dev.concord.runtime.identity;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.runtime.messaging.EventPublisher;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A node announces itself with a self-signed entry: for development and tests, where services accept self-signed
 * entries (no registry authority configured). Stake and price are whatever the node claims.
 */
public class SelfAnnouncement implements NodeEnrolment {

    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Clock clock;

    public SelfAnnouncement(EventPublisher publisher, EventCodec codec, Clock clock) {
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void join(NodeIdentity node) {
        publish(node, NodeStatus.ACTIVE, 30);
    }

    @Override
    public void leave(NodeIdentity node) {
        publish(node, NodeStatus.EXITED, 5);
    }

    private void publish(NodeIdentity node, NodeStatus status, int timeoutSeconds) {
        try {
            publisher.publish(Topics.REGISTRY, node.registryEntry(codec, status, clock.instant()))
                    .get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not announce node " + node.nodeId() + " " + status, e);
        }
    }
}
