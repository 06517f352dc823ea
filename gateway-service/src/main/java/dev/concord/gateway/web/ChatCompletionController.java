package dev.concord.gateway.web;

import dev.concord.gateway.round.NoCapacityException;
import dev.concord.gateway.round.RoundDispatcher;
import dev.concord.gateway.round.RoundDispatcher.Dispatched;
import dev.concord.gateway.round.RoundRequest;
import dev.concord.gateway.web.openai.ChatCompletionRequest;
import dev.concord.gateway.web.openai.ModelList;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.runtime.registry.NodeRegistry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** OpenAI-compatible chat completions: each request becomes a Proof-of-Quality round; the winner is the answer. */
@RestController
public class ChatCompletionController {

    private final ChatRequestValidator validator;
    private final RoundDispatcher dispatcher;
    private final NodeRegistry registry;
    private final ChunkStream chunks;

    public ChatCompletionController(ChatRequestValidator validator, RoundDispatcher dispatcher, NodeRegistry registry,
                                    ChunkStream chunks) {
        this.validator = validator;
        this.dispatcher = dispatcher;
        this.registry = registry;
        this.chunks = chunks;
    }

    /**
     * Answers once the round is decided: as one {@code chat.completion}, or with {@code stream: true} as server-sent
     * chunks. Either way a request that cannot start a round (invalid, no capacity) gets OpenAI's error JSON and a
     * 4xx/5xx status; a round that fails after a stream was asked for is told inside the stream (see ChunkStream).
     */
    @PostMapping("/v1/chat/completions")
    public Mono<ResponseEntity<?>> complete(@RequestBody ChatCompletionRequest body) {
        RoundRequest request = validator.validate(body);
        Dispatched round;
        try {
            round = dispatcher.dispatch(request);
        } catch (NoCapacityException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error", e.getMessage(), null, "no_capacity");
        }
        Mono<RoundDecision> decided = decided(round);
        if (body.streamed()) {
            return Mono.<ResponseEntity<?>>just(ResponseEntity.ok()
                    .contentType(MediaType.TEXT_EVENT_STREAM)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .header("X-Concord-Round-Id", round.requestId())
                    .body(chunks.events(decided, body.streamsUsage())));
        }
        return decided.map(ChatCompletionController::answer);
    }

    @GetMapping("/v1/models")
    public ModelList models() {
        List<ModelList.Model> models = Stream.concat(Stream.of(RoundRequest.AUTO_MODEL),
                        registry.active(NodeRole.INFERENCE).stream().map(RegistryEntry::model))
                .distinct()
                .map(id -> new ModelList.Model(id, "model", 0, "concord"))
                .toList();
        return new ModelList("list", models);
    }

    /** The round's decision if a winner was chosen; otherwise a failure that says why, as an OpenAI error. */
    private static Mono<RoundDecision> decided(Dispatched round) {
        return Mono.fromFuture(round.decision())
                .onErrorMap(TimeoutException.class, e -> new ApiException(HttpStatus.GATEWAY_TIMEOUT, "api_error",
                        "round " + round.requestId() + " was not decided in time", null, "round_timeout"))
                .map(decision -> {
                    if (decision.status() != RoundStatus.DECIDED) {
                        String why = decision.status() == RoundStatus.NO_RESPONSES
                                ? "no inference node answered before the deadline"
                                : "no evaluator scored the responses before the deadline";
                        throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error",
                                "round " + decision.requestId() + ": " + why, null, decision.status().name().toLowerCase());
                    }
                    return decision;
                });
    }

    private static ResponseEntity<?> answer(RoundDecision decision) {
        return ResponseEntity.ok()
                .header("X-Concord-Round-Id", decision.requestId())
                .header("X-Concord-Winner-Node", decision.winnerNodeId())
                .header("X-Concord-Consensus-Score", String.format(Locale.ROOT, "%.3f", decision.winnerScore()))
                .header("X-Concord-Evidence", Completions.evidence(decision))
                .body(Completions.of(decision));
    }
}
