package dev.concord.reward.registry;

/** A challenge that is unknown, expired, used, for another node, or not signed by the node's key. */
public class ProofRejectedException extends RuntimeException {

    public ProofRejectedException(String message) {
        super(message);
    }
}
