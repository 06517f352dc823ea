package dev.concord.reward.web;

/** OpenAI's error shape, so every Concord API fails the same way. */
public record ApiError(Body error) {

    public static ApiError of(String message, String type, String param, String code) {
        return new ApiError(new Body(message, type, param, code));
    }

    public record Body(String message, String type, String param, String code) {
    }
}
