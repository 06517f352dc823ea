package dev.concord.gateway.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.concord.gateway.access.Caller;
import dev.concord.gateway.round.Dispatched;
import dev.concord.gateway.round.RoundRequest;
import dev.concord.gateway.submission.Submissions;
import dev.concord.gateway.web.openai.ChatCompletionRequest;
import dev.concord.gateway.web.openai.ModelList;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.runtime.registry.NodeRegistry;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** OpenAI-compatible chat completions: each request becomes a Proof-of-Quality round; the winner is the answer. */
@RestController
public class ChatCompletionController {

    private final ChatRequestValidator validator;
    private final Submissions submissions;
    private final NodeRegistry registry;
    private final ChunkStream chunks;
    private final JsonMapper json;

    public ChatCompletionController(ChatRequestValidator validator, Submissions submissions, NodeRegistry registry,
                                    ChunkStream chunks, JsonMapper json) {
        this.validator = validator;
        this.submissions = submissions;
        this.registry = registry;
        this.chunks = chunks;
        this.json = json;
    }

    /**
     * Answers once the round is decided: as one {@code chat.completion}, or with {@code stream: true} as server-sent
     * chunks; with {@code concord.async: true} at once, 202 with the round to poll. A request that cannot start a
     * round (invalid, limited, over budget, no capacity) gets OpenAI's error JSON and a 4xx/5xx status; a round that
     * fails after a stream was asked for is told inside the stream (see ChunkStream). Under an
     * {@code Idempotency-Key} the caller used before, the earlier round's outcome is answered again.
     */
    @PostMapping("/v1/chat/completions")
    public Mono<ResponseEntity<?>> complete(@RequestBody ChatCompletionRequest body,
                                            @RequestHeader(name = ConcordHeaders.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                            ServerWebExchange exchange) {
        RoundRequest request = validator.validate(body);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > Submissions.MAX_IDEMPOTENCY_KEY_LENGTH)) {
            throw ApiException.invalid("Idempotency-Key must be 1 to " + Submissions.MAX_IDEMPOTENCY_KEY_LENGTH
                    + " characters", ConcordHeaders.IDEMPOTENCY_KEY);
        }
        Caller caller = Caller.of(exchange);
        String fingerprint = RequestFingerprint.of(body, json);
        return Mono.fromCallable(() -> submissions.submit(caller, idempotencyKey, fingerprint, request))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(round -> answer(round, body));
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

    private Mono<ResponseEntity<?>> answer(Dispatched round, ChatCompletionRequest body) {
        if (body.submittedAsync()) {
            String poll = SubmissionController.pollPath(round.requestId());
            return Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(poll))
                    .header(ConcordHeaders.ROUND_ID, round.requestId())
                    .body(Submitted.inProgress(round.requestId())));
        }
        if (body.streamed()) {
            return Mono.just(ResponseEntity.ok()
                    .contentType(MediaType.TEXT_EVENT_STREAM)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .header(ConcordHeaders.ROUND_ID, round.requestId())
                    .body(chunks.events(RoundAnswers.decided(round), body.streamsUsage())));
        }
        return RoundAnswers.decided(round).map(RoundAnswers::completion);
    }

    /**
     * The answer to an asynchronous submission, and to a poll while the round runs.
     *
     * @param poll   where the completion will be: {@code GET} it
     * @param events where the round's stages stream as server-sent events
     */
    public record Submitted(String id, String object, @JsonProperty("round_id") String roundId, String status,
                            String poll, String events) {

        static Submitted inProgress(String roundId) {
            return new Submitted("chatcmpl-" + roundId, "concord.submission", roundId, "in_progress",
                    SubmissionController.pollPath(roundId), SubmissionController.eventsPath(roundId));
        }
    }
}
