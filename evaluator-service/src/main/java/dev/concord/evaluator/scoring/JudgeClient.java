package dev.concord.evaluator.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judge's own minimal chat-completions client: sends {@code model}, {@code messages}, a small {@code max_tokens}
 * and {@code temperature} 0, and reads only {@code choices[0].message.content}. Thread-safe.
 */
final class JudgeClient {

    /** A {"score": N} reply is under ten tokens; the cap only stops a chatty model from spending the timeout. */
    static final int MAX_TOKENS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXCERPT = 200;

    private final JudgeEndpoint endpoint;
    private final HttpClient http;

    JudgeClient(JudgeEndpoint endpoint) {
        this.endpoint = endpoint;
        // HTTP/1.1 explicitly: the JDK's default first tries an h2c upgrade, which some model servers mishandle.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.timeout())
                .build();
    }

    /**
     * The first choice's text, asynchronously so that one round's responses are graded in parallel.
     * Completes exceptionally with {@link JudgeUnavailableException} on a non-2xx answer, a timeout, a broken
     * connection or a body without content.
     */
    CompletableFuture<String> complete(List<Message> messages) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.chatCompletionsUri())
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(new Request(endpoint.model(), messages, MAX_TOKENS, 0))));
        if (endpoint.hasApiKey()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw unavailable(failure instanceof CompletionException ? failure.getCause() : failure);
                    }
                    return content(response);
                });
    }

    private String content(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw unavailable("answered " + response.statusCode() + ": " + excerpt(response.body()), null);
        }
        try {
            JsonNode content = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
            if (content.isString()) {
                return content.stringValue();
            }
        } catch (JacksonException e) {
            throw unavailable("sent a body that is not JSON: " + excerpt(response.body()), e);
        }
        throw unavailable("sent no choices[0].message.content: " + excerpt(response.body()), null);
    }

    private JudgeUnavailableException unavailable(Throwable failure) {
        if (failure instanceof HttpTimeoutException) {
            return unavailable("gave no answer within " + endpoint.timeout().toMillis() + " ms", failure);
        }
        return unavailable("is unreachable: " + failure, failure);
    }

    private JudgeUnavailableException unavailable(String detail, Throwable cause) {
        return new JudgeUnavailableException("judge " + endpoint.baseUrl() + " (" + endpoint.model() + ") " + detail,
                cause);
    }

    private static String excerpt(String body) {
        String oneLine = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "...";
    }

    record Message(String role, String content) {
    }

    private record Request(String model, List<Message> messages, @JsonProperty("max_tokens") int maxTokens,
                           double temperature) {
    }

    /** No usable answer from the judge at all, as opposed to an answer that breaks the format. */
    static final class JudgeUnavailableException extends RuntimeException {
        JudgeUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
