package dev.concord.reward.registry;

import java.time.Instant;

/** An activation before the node's jail term is over: its own code, so an agent can tell it from a real conflict. */
public class NodeJailedException extends IllegalTransitionException {

    public NodeJailedException(String nodeId, Instant until) {
        super("node '" + nodeId + "' is jailed until " + until);
    }
}
