package dev.concord.gateway.web;

import dev.concord.gateway.config.AccessProperties;
import dev.concord.protocol.api.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a body whose declared length is over the limit with 413 before reading a byte of it. A body sent without
 * a length (chunked) is stopped by the codecs' in-memory limit, set to the same size, as it is read.
 */
public class RequestSizeFilter implements WebFilter {

    private final AccessProperties properties;
    private final JsonMapper json;

    public RequestSizeFilter(AccessProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        long limit = properties.maxRequestSize().toBytes();
        if (length > limit) {
            return ErrorResponses.write(exchange.getResponse(), json, HttpStatus.CONTENT_TOO_LARGE, ApiError.of(
                    "the request body has " + length + " bytes; the limit is " + limit, "invalid_request_error", null,
                    "request_too_large"));
        }
        return chain.filter(exchange);
    }
}
