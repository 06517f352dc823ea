package dev.concord.gateway.web;

import dev.concord.gateway.round.NoCapacityException;
import dev.concord.gateway.round.RoundDispatcher;
import dev.concord.gateway.round.RoundDispatcher.Dispatched;
import dev.concord.gateway.round.RoundRequest;
import dev.concord.gateway.web.openai.ChatCompletion;
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
import org.springframework.http.HttpStatus;
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

    public ChatCompletionController(ChatRequestValidator validator, RoundDispatcher dispatcher, NodeRegistry registry) {
        this.validator = validator;
        this.dispatcher = dispatcher;
        this.registry = registry;
    }

    @PostMapping("/v1/chat/completions")
    public Mono<ResponseEntity<ChatCompletion>> complete(@RequestBody ChatCompletionRequest body) {
        RoundRequest request = validator.validate(body);
        Dispatched round;
        try {
            round = dispatcher.dispatch(request);
        } catch (NoCapacityException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error", e.getMessage(), null, "no_capacity");
        }
        return Mono.fromFuture(round.decision())
                .onErrorMap(TimeoutException.class, e -> new ApiException(HttpStatus.GATEWAY_TIMEOUT, "api_error",
                        "round " + round.requestId() + " was not decided in time", null, "round_timeout"))
                .map(decision -> answer(request, decision));
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

    private static ResponseEntity<ChatCompletion> answer(RoundRequest request, RoundDecision decision) {
        if (decision.status() != RoundStatus.DECIDED) {
            String why = decision.status() == RoundStatus.NO_RESPONSES
                    ? "no inference node answered before the deadline" : "no evaluator scored the responses before the deadline";
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error", "round " + decision.requestId() + ": " + why,
                    null, decision.status().name().toLowerCase());
        }
        String evidence = "/v1/rounds/" + decision.requestId();
        ChatCompletion completion = new ChatCompletion("chatcmpl-" + decision.requestId(), "chat.completion",
                decision.decidedAt().getEpochSecond(), decision.winnerModel(),
                List.of(new ChatCompletion.Choice(0, new ChatCompletion.Message("assistant", decision.winnerContent()), "stop")),
                new ChatCompletion.Usage(decision.promptTokens(), decision.completionTokens(),
                        decision.promptTokens() + decision.completionTokens()),
                new ChatCompletion.Concord(decision.requestId(), decision.winnerNodeId(), decision.winnerScore(),
                        decision.rule(), evidence));
        return ResponseEntity.ok()
                .header("X-Concord-Round-Id", decision.requestId())
                .header("X-Concord-Winner-Node", decision.winnerNodeId())
                .header("X-Concord-Consensus-Score", String.format(Locale.ROOT, "%.3f", decision.winnerScore()))
                .header("X-Concord-Evidence", evidence)
                .body(completion);
    }
}
