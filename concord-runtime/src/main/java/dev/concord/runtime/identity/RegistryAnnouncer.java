package dev.concord.runtime.identity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Enrols the nodes an agent hosts at start-up, before the agent's Kafka listeners start (an early lifecycle phase), so
 * nothing the agent signs is published before its signer is in the registry. A node that cannot join fails the
 * start-up: an agent whose nodes nobody can select or verify has no reason to run. How a node joins is the
 * {@link NodeEnrolment}: through the registry API of reward-service (with a registry authority), or self-announced.
 */
public class RegistryAnnouncer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RegistryAnnouncer.class);

    private final NodeEnrolment enrolment;
    private final List<NodeIdentity> nodes;
    private volatile boolean running;

    public RegistryAnnouncer(NodeEnrolment enrolment, List<NodeIdentity> nodes) {
        this.enrolment = enrolment;
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public void start() {
        for (NodeIdentity node : nodes) {
            enrolment.join(node);
            log.info("{} node {} ({}) is active", node.role(), node.nodeId(), node.model());
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
                enrolment.leave(node);
            } catch (RuntimeException e) {
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
