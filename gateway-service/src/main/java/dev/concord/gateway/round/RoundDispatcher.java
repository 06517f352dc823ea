package dev.concord.gateway.round;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.protocol.Topics;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.selection.Candidate;
import dev.concord.protocol.selection.SeededSelection;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.registry.NodeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a round for a client request: selects N inference nodes with the round's seed, publishes the prompt, and
 * hands back a future that the round's decision completes.
 */
public class RoundDispatcher {

    private static final Logger log = LoggerFactory.getLogger(RoundDispatcher.class);
    /** Time past the round deadline for consensus to decide and the decision to travel back. */
    private static final Duration DECISION_GRACE = Duration.ofSeconds(5);

    private final NodeRegistry registry;
    private final EventPublisher publisher;
    private final PendingRounds pending;
    private final GatewayProperties properties;
    private final Clock clock;

    public RoundDispatcher(NodeRegistry registry, EventPublisher publisher, PendingRounds pending,
                           GatewayProperties properties, Clock clock) {
        this.registry = registry;
        this.publisher = publisher;
        this.pending = pending;
        this.properties = properties;
        this.clock = clock;
    }

    /** The round's id and the decision to come; the future fails with a timeout if no decision arrives in time. */
    public Dispatched dispatch(RoundRequest request) {
        String requestId = UUID.randomUUID().toString();
        long registryVersion = registry.version();
        String seed = SeededSelection.seed(requestId, registryVersion);
        List<Candidate> candidates = registry.active(NodeRole.INFERENCE).stream()
                .filter(e -> servesModel(e, request.model()))
                .map(e -> new Candidate(e.nodeId(), e.operatorId(), e.model(), e.stakeMicros()))
                .toList();
        List<String> nodes = SeededSelection.select(seed, candidates, request.inferenceNodes(), Set.of());
        if (nodes.size() < request.inferenceNodes()) {
            throw new NoCapacityException("asked for " + request.inferenceNodes() + " inference nodes serving '"
                    + request.model() + "', " + nodes.size() + " can be selected");
        }
        Instant now = clock.instant();
        Instant responseDeadline = now.plus(properties.responseTimeout());
        Instant roundDeadline = responseDeadline.plus(properties.scoringTimeout());
        PromptRequest prompt = new PromptRequest(PromptRequest.VERSION, requestId, request.model(), request.messages(),
                request.maxTokens(), nodes, request.evaluators(), request.rule(), seed, registryVersion,
                properties.feePerRoundMicros(), properties.instanceId(), now, responseDeadline, roundDeadline);
        CompletableFuture<RoundDecision> decision = pending.register(requestId)
                .orTimeout(Duration.between(now, roundDeadline.plus(DECISION_GRACE)).toMillis(), TimeUnit.MILLISECONDS);
        publisher.publish(Topics.PROMPTS, prompt).whenComplete((sent, failure) -> {
            if (failure != null) {
                decision.completeExceptionally(failure);
            }
        });
        log.info("round {}: prompt out to {}", requestId, nodes);
        return new Dispatched(requestId, decision);
    }

    /** "concord-auto" (or no model) lets any node answer; a named model picks nodes that serve it. */
    private static boolean servesModel(RegistryEntry entry, String model) {
        return model == null || model.isBlank() || RoundRequest.AUTO_MODEL.equals(model) || model.equals(entry.model());
    }

    public record Dispatched(String requestId, CompletableFuture<RoundDecision> decision) {
    }
}
