package dev.concord.gateway.web;

import dev.concord.gateway.access.ApiKeys;
import dev.concord.gateway.access.Caller;
import dev.concord.gateway.config.AccessProperties;
import dev.concord.protocol.api.ApiError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates the OpenAI-compatible API ({@code /v1/chat/**}, {@code /v1/models}) with {@code Authorization: Bearer
 * <key>}, as OpenAI SDKs send it, and attaches the {@link Caller}. The key is looked up on every request (one indexed
 * read), so a revoked or rotated key stops working on every replica at once. The routed read APIs stay open: a
 * round's evidence is meant for third parties.
 */
public class ApiKeyFilter implements WebFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final AccessProperties properties;
    private final JsonMapper json;

    public ApiKeyFilter(ApiKeys keys, AccessProperties properties, JsonMapper json) {
        this.keys = keys;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!guarded(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null && properties.anonymousAccess()) {
            Caller.ANONYMOUS.attachTo(exchange);
            return chain.filter(exchange);
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return refuse(exchange, "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.");
        }
        String secret = authorization.substring(BEARER.length()).trim();
        return Mono.fromCallable(() -> keys.authenticate(secret))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(key -> key.isEmpty()
                        ? refuse(exchange, "Incorrect API key provided, or the key was revoked.")
                        : Mono.defer(() -> {
                            Caller.of(key.get()).attachTo(exchange);
                            return chain.filter(exchange);
                        }));
    }

    static boolean guarded(String path) {
        return path.startsWith("/v1/chat/") || path.equals("/v1/models");
    }

    private Mono<Void> refuse(ServerWebExchange exchange, String message) {
        return ErrorResponses.write(exchange.getResponse(), json, HttpStatus.UNAUTHORIZED,
                ApiError.of(message, "invalid_request_error", null, "invalid_api_key"));
    }
}
