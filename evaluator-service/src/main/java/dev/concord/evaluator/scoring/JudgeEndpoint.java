package dev.concord.evaluator.scoring;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The OpenAI-compatible server an LLM-judge scorer asks.
 *
 * @param baseUrl the API root, ending in {@code /v1}; requests go to {@code <baseUrl>/chat/completions}
 * @param model   the served model id put in every request
 * @param apiKey  sent as a Bearer token; null or blank when the server wants none
 * @param timeout how long one grading call may take, connection included
 */
public record JudgeEndpoint(URI baseUrl, String model, String apiKey, Duration timeout) {

    public JudgeEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the judge's model is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the judge's timeout must be positive: " + timeout);
        }
    }

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    URI chatCompletionsUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }
}
