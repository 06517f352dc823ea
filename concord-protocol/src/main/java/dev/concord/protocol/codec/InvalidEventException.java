package dev.concord.protocol.codec;

/** An event that cannot be decoded or fails validation: a poison message, never worth a retry. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
