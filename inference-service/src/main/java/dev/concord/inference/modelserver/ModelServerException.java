package dev.concord.inference.modelserver;

/**
 * A chat completion that did not come back usable. Carries what went wrong, the HTTP status when the server answered
 * (0 otherwise) and the server's own error message when it sent one in the OpenAI error shape.
 */
public class ModelServerException extends RuntimeException {

    public enum Kind {
        /** The server answered with a non-2xx status. */
        HTTP_STATUS,
        /** No complete answer within the timeout (connect or read). */
        TIMEOUT,
        /** No connection, or the connection broke. */
        UNREACHABLE,
        /** A 2xx answer without a first choice's content or without usage. */
        MALFORMED_RESPONSE,
        /** The calling thread was interrupted (the agent is shutting down). */
        INTERRUPTED
    }

    private final Kind kind;
    private final int status;
    private final String serverMessage;

    public ModelServerException(Kind kind, int status, String serverMessage, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.serverMessage = serverMessage;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the server answered with, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The server's error message ({@code error.message} in the OpenAI shape), or null. */
    public String serverMessage() {
        return serverMessage;
    }
}
