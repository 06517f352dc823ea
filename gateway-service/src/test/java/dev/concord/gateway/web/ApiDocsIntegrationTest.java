package dev.concord.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document lists the gateway's own endpoints, and its UI is served, both without a key. */
class ApiDocsIntegrationTest extends GatewayIntegrationTest {

    @Test
    void theOpenApiDocumentListsTheGatewaysEndpoints() {
        JsonNode docs = JSON.readTree(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());

        assertThat(docs.path("paths").propertyNames()).contains("/v1/chat/completions", "/v1/models",
                "/v1/chat/completions/{roundId}", "/v1/chat/completions/{roundId}/events", "/admin/keys",
                "/admin/keys/{id}/rotate", "/admin/keys/{id}");
        assertThat(docs.path("components").path("securitySchemes").path("apiKey").path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void theDocsUiIsServed() {
        client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
        client.get().uri("/docs").exchange().expectStatus().is3xxRedirection();
    }
}
