package dev.concord.reward.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** reward-service's HTTP API as a client sees it, on the test's random port. */
public final class ApiClient {

    /** The tokens src/test/resources/application.properties configures. */
    public static final String INTERNAL_TOKEN = "internal-token-for-tests";
    public static final String TREASURY_TOKEN = "treasury-token-for-tests";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST with {@code Authorization: Bearer <token>}. */
    public HttpResponse<String> post(String path, String json, String token) {
        return send(request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A deposit as the treasury makes it. */
    public HttpResponse<String> deposit(String accountId, String depositId, long amountMicros) {
        return post("/v1/accounts/" + accountId + "/deposits",
                "{\"depositId\":\"" + depositId + "\",\"amountMicros\":" + amountMicros + "}", TREASURY_TOKEN);
    }

    /** A reservation as the gateway makes it; {@code roundDeadline} may be null. */
    public HttpResponse<String> reserve(String accountId, String requestId, long amountMicros, Object roundDeadline) {
        return post("/v1/accounts/" + accountId + "/reservations", "{\"requestId\":\"" + requestId
                + "\",\"amountMicros\":" + amountMicros
                + (roundDeadline == null ? "" : ",\"roundDeadline\":\"" + roundDeadline + "\"") + "}", INTERNAL_TOKEN);
    }

    /** A client account's balance (0 when it has never been used). */
    public long balance(String account) {
        HttpResponse<String> response = get("/v1/accounts/" + account);
        return response.statusCode() == 404 ? 0 : json(response).get("balanceMicros").asLong();
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
