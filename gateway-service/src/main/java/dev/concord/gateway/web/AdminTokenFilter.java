package dev.concord.gateway.web;

import dev.concord.gateway.config.AccessProperties;
import dev.concord.protocol.api.ApiError;
import dev.concord.runtime.access.BearerToken;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the key admin API ({@code /admin/**}) with the configured admin token, compared in constant time. Without
 * a configured token the admin API does not exist (404), so a deployment cannot leave it open by omission.
 */
public class AdminTokenFilter implements WebFilter {

    private final AccessProperties properties;
    private final BearerToken adminToken;
    private final JsonMapper json;

    public AdminTokenFilter(AccessProperties properties, JsonMapper json) {
        this.properties = properties;
        this.adminToken = BearerToken.of(properties.adminToken());
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/admin/")) {
            return chain.filter(exchange);
        }
        if (!properties.adminEnabled()) {
            return ErrorResponses.write(exchange.getResponse(), json, HttpStatus.NOT_FOUND, ApiError.of(
                    "the admin API is off: set concord.gateway.access.admin-token", "invalid_request_error", null, null));
        }
        if (!adminToken.admits(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
            return ErrorResponses.write(exchange.getResponse(), json, HttpStatus.UNAUTHORIZED, ApiError.of(
                    "the admin API needs 'Authorization: Bearer <admin token>'", "invalid_request_error", null,
                    "invalid_admin_token"));
        }
        return chain.filter(exchange);
    }
}
