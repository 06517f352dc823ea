package dev.concord.inference.modelserver;

import dev.concord.inference.modelserver.ModelServerException.Kind;
import dev.concord.protocol.event.ChatMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of one OpenAI-compatible model server's chat-completions endpoint. It sends only {@code model},
 * {@code messages} and {@code max_tokens} and reads only {@code choices[0].message.content} and {@code usage}, so the
 * same code talks to vLLM, TGI, Ollama or model-sim. Thread-safe; one instance per hosted node.
 */
public class ChatCompletionClient {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** How much of an unparseable error body goes into the exception message. */
    private static final int ERROR_BODY_EXCERPT = 200;

    private final ModelServerEndpoint endpoint;
    private final HttpClient http;

    public ChatCompletionClient(ModelServerEndpoint endpoint) {
        this.endpoint = endpoint;
        // HTTP/1.1 explicitly: the JDK's default first tries an h2c upgrade, which some model servers mishandle.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout())
                .build();
    }

    /**
     * Asks for one completion and waits at most the endpoint's read timeout or {@code budget}, whichever is shorter.
     *
     * @throws ModelServerException for a non-2xx answer, a timeout, a broken connection or an unusable body
     */
    public ChatCompletion complete(List<ChatMessage> messages, int maxTokens, Duration budget) {
        Duration timeout = budget.compareTo(endpoint.readTimeout()) < 0 ? budget : endpoint.readTimeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.chatCompletionsUri())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(new ChatCompletionRequest(endpoint.model(), messages, maxTokens))));
        if (endpoint.hasApiKey()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        HttpResponse<String> response = send(request.build(), timeout);
        if (response.statusCode() / 100 != 2) {
            String serverMessage = errorMessage(response.body());
            throw failure(Kind.HTTP_STATUS, response.statusCode(), serverMessage,
                    "answered " + response.statusCode() + ": " + serverMessage, null);
        }
        return parse(response.statusCode(), response.body());
    }

    private HttpResponse<String> send(HttpRequest request, Duration timeout) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw failure(Kind.TIMEOUT, 0, null, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw failure(Kind.UNREACHABLE, 0, null, "unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(Kind.INTERRUPTED, 0, null, "interrupted while waiting", e);
        }
    }

    private ChatCompletion parse(int status, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw failure(Kind.MALFORMED_RESPONSE, status, null, "sent a body that is not JSON: " + excerpt(body), e);
        }
        JsonNode content = root.path("choices").path(0).path("message").path("content");
        JsonNode usage = root.path("usage");
        JsonNode promptTokens = usage.path("prompt_tokens");
        JsonNode completionTokens = usage.path("completion_tokens");
        // Usage is required: the node's price is charged on it, and a guess would misstate the cost.
        if (!content.isString() || !promptTokens.canConvertToInt() || !completionTokens.canConvertToInt()
                || promptTokens.intValue() < 0 || completionTokens.intValue() < 0) {
            throw failure(Kind.MALFORMED_RESPONSE, status, null,
                    "sent no choices[0].message.content or no usage token counts: " + excerpt(body), null);
        }
        return new ChatCompletion(content.stringValue(), promptTokens.intValue(), completionTokens.intValue());
    }

    /** The error text of the shapes servers use: OpenAI/vLLM {@code error.message}, TGI {@code error}, or {@code message}. */
    private static String errorMessage(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            if (error.path("message").isString()) {
                return error.path("message").stringValue();
            }
            if (error.isString()) {
                return error.stringValue();
            }
            if (root.path("message").isString()) {
                return root.path("message").stringValue();
            }
        } catch (JacksonException notJson) {
            // fall through to the raw text: a proxy in front of the server may answer in HTML or plain text
        }
        return excerpt(body);
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= ERROR_BODY_EXCERPT ? oneLine : oneLine.substring(0, ERROR_BODY_EXCERPT) + "...";
    }

    private ModelServerException failure(Kind kind, int status, String serverMessage, String detail, Throwable cause) {
        return new ModelServerException(kind, status, serverMessage,
                "model server " + endpoint.baseUrl() + " (" + endpoint.model() + ") " + detail, cause);
    }
}
