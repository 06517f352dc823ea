package dev.concord.evaluator.messaging;

import dev.concord.runtime.identity.NodeIdentity;
import dev.concord.runtime.identity.RegistryAnnouncer;
import java.util.List;
import org.springframework.context.SmartLifecycle;

/**
 * Announces the hosted evaluators on the registry at start-up, in a lifecycle phase before the Kafka listeners
 * start, so no sheet of this agent is published before its signer's key is.
 */
public class NodeAnnouncement implements SmartLifecycle {

    private final RegistryAnnouncer announcer;
    private final List<NodeIdentity> nodes;
    private volatile boolean running;

    public NodeAnnouncement(RegistryAnnouncer announcer, List<NodeIdentity> nodes) {
        this.announcer = announcer;
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public void start() {
        announcer.announce(nodes);
        running = true;
    }

    @Override
    public void stop() {
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
