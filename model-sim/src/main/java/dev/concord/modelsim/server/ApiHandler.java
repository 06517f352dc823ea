package dev.concord.modelsim.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** Routes the OpenAI paths model-sim serves, checks the bearer key, and turns every failure into OpenAI error JSON. */
final class ApiHandler implements HttpHandler {

    private static final String CHAT = "/v1/chat/completions";
    private static final String MODELS = "/v1/models";

    private final String modelId;
    private final Optional<byte[]> expectedAuthorization;
    private final ChatCompletions chat;
    private final WireFormat.ModelEntry modelEntry;

    ApiHandler(String modelId, Responder responder, Optional<String> apiKey, long createdEpochSecond) {
        this.modelId = modelId;
        this.expectedAuthorization = apiKey.map(key -> ("Bearer " + key).getBytes(StandardCharsets.UTF_8));
        this.chat = new ChatCompletions(modelId, responder);
        this.modelEntry = new WireFormat.ModelEntry(modelId, "model", createdEpochSecond, "model-sim");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Object body;
            int status = 200;
            try {
                authorize(exchange);
                body = route(exchange);
            } catch (ApiError e) {
                status = e.status();
                body = WireFormat.ErrorBody.of(e);
            } catch (RuntimeException e) {
                ApiError error = ApiError.serverError("model-sim failed: " + e);
                status = error.status();
                body = WireFormat.ErrorBody.of(error);
            }
            send(exchange, status, body);
        }
    }

    private Object route(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (path.equals(CHAT)) {
            requireMethod("POST", method, path);
            return chat.complete(exchange.getRequestBody());
        }
        if (path.equals(MODELS)) {
            requireMethod("GET", method, path);
            return new WireFormat.ModelList("list", List.of(modelEntry));
        }
        if (path.startsWith(MODELS + "/")) {
            requireMethod("GET", method, path);
            if (path.substring(MODELS.length() + 1).equals(modelId)) {
                return modelEntry;
            }
            throw ApiError.notFound("The model `" + path.substring(MODELS.length() + 1) + "` does not exist.",
                    "model_not_found");
        }
        throw ApiError.notFound("Unknown request URL: " + method + " " + path + ".", "unknown_url");
    }

    private void authorize(HttpExchange exchange) {
        if (expectedAuthorization.isEmpty()) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expectedAuthorization.get(), given)) {
            throw ApiError.unauthorized();
        }
    }

    private static void requireMethod(String expected, String method, String path) {
        if (!expected.equals(method)) {
            throw ApiError.methodNotAllowed(method, path);
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = WireFormat.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
