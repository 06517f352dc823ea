package dev.concord.gateway.web;

import dev.concord.protocol.api.ApiError;
import dev.concord.protocol.event.RoundDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-sent events of a streamed chat completion: one {@code data:} event per chunk, then {@code data: [DONE]}.
 * The status and headers are sent with the first event, so a round that fails after the client asked to stream
 * (no responses, no scores, timeout) cannot become an error status any more: it is told the way OpenAI does
 * mid-stream, as one {@code data:} event holding the error object, and the stream closes without {@code [DONE]}.
 */
public class ChunkStream {

    private static final Logger log = LoggerFactory.getLogger(ChunkStream.class);
    private static final String DONE = "[DONE]";

    private final JsonMapper json;

    public ChunkStream(JsonMapper json) {
        this.json = json;
    }

    /** {@code decision} either yields a {@code DECIDED} round or fails, with an {@link ApiException} when it can say why. */
    public Flux<ServerSentEvent<String>> events(Mono<RoundDecision> decision, boolean withUsage) {
        return decision.flatMapIterable(decided -> CompletionChunks.of(decided, withUsage))
                .map(json::writeValueAsString)
                .concatWithValues(DONE)
                .onErrorResume(failure -> Mono.just(json.writeValueAsString(error(failure))))
                .map(ChunkStream::event);
    }

    /**
     * Spring writes {@code data:} and the text with no space between; OpenAI writes {@code data: }. SSE parsers drop
     * one leading space of a field's value, so the leading space keeps the bytes OpenAI's without changing the data
     * for a parser, and clients that look for the literal {@code "data: "} keep working.
     */
    private static ServerSentEvent<String> event(String data) {
        return ServerSentEvent.builder(" " + data).build();
    }

    private static ApiError error(Throwable failure) {
        if (failure instanceof ApiException api) {
            return ApiError.of(api.getMessage(), api.type(), api.param(), api.code());
        }
        log.error("a streamed round failed", failure);
        return ApiError.of("internal error: " + failure.getClass().getSimpleName(), "api_error", null, null);
    }
}
