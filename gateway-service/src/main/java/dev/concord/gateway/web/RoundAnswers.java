package dev.concord.gateway.web;

import dev.concord.gateway.round.Dispatched;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/** A round's outcome as the HTTP answer: the completion with Concord's headers, or the OpenAI error that says why not. */
final class RoundAnswers {

    private RoundAnswers() {
    }

    /** The round's decision if a winner was chosen; otherwise a failure that says why, as an OpenAI error. */
    static Mono<RoundDecision> decided(Dispatched round) {
        return Mono.fromFuture(round.decision())
                .onErrorMap(TimeoutException.class, e -> new ApiException(HttpStatus.GATEWAY_TIMEOUT, "api_error",
                        "round " + round.requestId() + " was not decided in time", null, "round_timeout"))
                .map(decision -> {
                    if (decision.status() != RoundStatus.DECIDED) {
                        String why = decision.status() == RoundStatus.NO_RESPONSES
                                ? "no inference node answered before the deadline"
                                : "no evaluator scored the responses before the deadline";
                        throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error",
                                "round " + decision.requestId() + ": " + why, null, decision.status().name().toLowerCase(Locale.ROOT));
                    }
                    return decision;
                });
    }

    static ResponseEntity<?> completion(RoundDecision decision) {
        return ResponseEntity.ok()
                .header(ConcordHeaders.ROUND_ID, decision.requestId())
                .header(ConcordHeaders.WINNER_NODE, decision.winnerNodeId())
                .header(ConcordHeaders.CONSENSUS_SCORE, String.format(Locale.ROOT, "%.3f", decision.winnerScore()))
                .header(ConcordHeaders.EVIDENCE, Completions.evidence(decision))
                .body(Completions.of(decision));
    }
}
