package dev.concord.protocol.api;

/**
 * OpenAI's error shape, {@code {"error": {"message", "type", "param", "code"}}}, so every Concord HTTP API fails the
 * same way and OpenAI SDKs surface the message.
 */
public record ApiError(Body error) {

    public static ApiError of(String message, String type, String param, String code) {
        return new ApiError(new Body(message, type, param, code));
    }

    public record Body(String message, String type, String param, String code) {
    }
}
