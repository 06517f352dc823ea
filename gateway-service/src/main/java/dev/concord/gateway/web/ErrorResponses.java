package dev.concord.gateway.web;

import dev.concord.protocol.api.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** OpenAI's error JSON written straight from a WebFilter, where no exception handler reaches. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Mono<Void> write(ServerHttpResponse response, JsonMapper json, HttpStatus status, ApiError error) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(json.writeValueAsBytes(error))));
    }
}
