package dev.concord.runtime.registry;

/**
 * An event signed by a node this service's registry copy does not know yet. Retryable: the registry entry may still
 * be on its way (a different topic); after the retries the event is dead-lettered like any poison message.
 */
public class UnknownSignerException extends RuntimeException {

    public UnknownSignerException(String message) {
        super(message);
    }
}
