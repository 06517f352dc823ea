package dev.concord.inference.messaging;

import dev.concord.inference.agent.HostedNodes;
import dev.concord.runtime.identity.RegistryAnnouncer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Announces every hosted node's self-signed registry entry once the application has started. A node that cannot be
 * announced fails the start-up: an agent whose nodes nobody can select or verify has no reason to run.
 */
@Component
public class NodeAnnouncement implements ApplicationRunner {

    private final RegistryAnnouncer announcer;
    private final HostedNodes nodes;

    public NodeAnnouncement(RegistryAnnouncer announcer, HostedNodes nodes) {
        this.announcer = announcer;
        this.nodes = nodes;
    }

    @Override
    public void run(ApplicationArguments args) {
        announcer.announce(nodes.identities());
    }
}
