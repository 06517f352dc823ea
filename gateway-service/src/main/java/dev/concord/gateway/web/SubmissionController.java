package dev.concord.gateway.web;

import dev.concord.gateway.access.Caller;
import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.persistence.StoredSubmission;
import dev.concord.gateway.progress.RoundProgress;
import dev.concord.gateway.progress.RoundStage;
import dev.concord.gateway.round.Dispatched;
import dev.concord.gateway.submission.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submitted round by its id, from any replica: poll it ({@code GET}, answered from the submissions every replica
 * shares in PostgreSQL) or subscribe to its stages (server-sent events from the round's Kafka events, which every
 * replica reads). A caller sees only its own key's rounds.
 */
@RestController
public class SubmissionController {

    private final Submissions submissions;
    private final RoundProgress progress;
    private final GatewayProperties properties;
    private final JsonMapper json;

    public SubmissionController(Submissions submissions, RoundProgress progress, GatewayProperties properties,
                                JsonMapper json) {
        this.submissions = submissions;
        this.progress = progress;
        this.properties = properties;
        this.json = json;
    }

    static String pollPath(String roundId) {
        return "/v1/chat/completions/" + roundId;
    }

    static String eventsPath(String roundId) {
        return pollPath(roundId) + "/events";
    }

    /** 202 while the round runs; then the completion, or the error the round ended with, as a waiting client got it. */
    @GetMapping("/v1/chat/completions/{roundId}")
    public Mono<ResponseEntity<?>> poll(@PathVariable String roundId, ServerWebExchange exchange) {
        return submission(Caller.of(exchange), roundId).flatMap(submission -> submissions.running(submission)
                ? Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED)
                        .body(ChatCompletionController.Submitted.inProgress(roundId)))
                : RoundAnswers.decided(new Dispatched(roundId, submissions.outcome(submission)))
                        .map(RoundAnswers::completion));
    }

    /**
     * The round's stages as server-sent events named after the stage ({@code prompt_accepted}, {@code response},
     * {@code score_sheet}, {@code decision}); the stream ends with the decision. A round decided before the client
     * subscribed answers with its decision at once.
     */
    @GetMapping(path = "/v1/chat/completions/{roundId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<String>> events(@PathVariable String roundId, ServerWebExchange exchange) {
        return submission(Caller.of(exchange), roundId).flatMapMany(submission -> submissions.running(submission)
                ? progress.stages(roundId).takeUntil(RoundStage::last).timeout(properties.longestWait())
                : Flux.just(finalStage(submission))
        ).map(stage -> ServerSentEvent.builder(json.writeValueAsString(stage)).event(stage.stage()).build());
    }

    private Mono<StoredSubmission> submission(Caller caller, String roundId) {
        return Mono.fromCallable(() -> submissions.find(caller, roundId))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "invalid_request_error",
                        "no submission " + roundId + " for this key", null, "round_not_found")));
    }

    /** The decision stage of a round that is over, from its stored outcome (an abandoned one timed out). */
    private RoundStage finalStage(StoredSubmission submission) {
        return submission.decision() == null
                ? RoundStage.unfinished(submission.roundId(),
                        submission.pending() ? StoredSubmission.TIMED_OUT : submission.status(), submission.finishedAt())
                : RoundStage.decision(submissions.outcome(submission).join());
    }
}
