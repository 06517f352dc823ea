package dev.concord.gateway.round;

/** Not enough registered nodes to run the round the client asked for. */
public class NoCapacityException extends RuntimeException {

    public NoCapacityException(String message) {
        super(message);
    }
}
