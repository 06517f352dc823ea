package dev.concord.consensus.web;

/** OpenAI's error shape, so every Concord API fails the same way. */
public record ApiError(Body error) {

    public static ApiError of(String message, String type, String code) {
        return new ApiError(new Body(message, type, null, code));
    }

    public record Body(String message, String type, String param, String code) {
    }
}
