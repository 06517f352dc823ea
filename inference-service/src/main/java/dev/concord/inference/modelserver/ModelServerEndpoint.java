package dev.concord.inference.modelserver;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach one OpenAI-compatible model server (vLLM, TGI, Ollama, model-sim, ...).
 *
 * @param baseUrl        the API root, ending in {@code /v1}; requests go to {@code <baseUrl>/chat/completions}
 * @param apiKey         sent as a Bearer token; null or blank when the server wants none
 * @param model          the served model id put in every request's {@code model} field
 * @param connectTimeout how long to wait for the TCP connection
 * @param readTimeout    how long one completion may take at most, whatever the caller's budget
 */
public record ModelServerEndpoint(URI baseUrl, String apiKey, String model, Duration connectTimeout,
                                  Duration readTimeout) {

    public ModelServerEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    URI chatCompletionsUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }
}
