package dev.concord.reward.registry;

/** A node id the registry has never registered. */
public class UnknownNodeException extends RuntimeException {

    public UnknownNodeException(String nodeId) {
        super("No node '" + nodeId + "' is registered");
    }
}
