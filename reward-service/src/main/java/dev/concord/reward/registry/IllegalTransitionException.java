package dev.concord.reward.registry;

/** A status change, registration or withdrawal the node's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
