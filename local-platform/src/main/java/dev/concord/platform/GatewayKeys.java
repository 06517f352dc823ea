package dev.concord.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tokens the platform starts its services with (new on every run: the gateway's admin token, and the reward
 * service's internal and treasury tokens), and the API key it makes through the gateway's admin API.
 */
final class GatewayKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayKeys() {
    }

    /** Passed to the gateway in its environment, not on its command line, where any local user could read it. */
    static String newAdminToken() {
        return newToken("admin-");
    }

    /** Like the admin token, passed in the environment only. */
    static String newToken(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new API key's secret, from {@code POST /admin/keys}. */
    static String create(String gatewayUrl, String adminToken, String name) {
        return create(gatewayUrl, adminToken, Map.of("name", name));
    }

    /** A new API key's secret; {@code spec} as the admin API takes it (name, limits, budget_micros, account_id). */
    static String create(String gatewayUrl, String adminToken, Map<String, Object> spec) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/admin/keys"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(spec)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("could not create an API key: HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("key").asString();
        } catch (IOException e) {
            throw new IllegalStateException("could not create an API key", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating an API key", e);
        }
    }
}
