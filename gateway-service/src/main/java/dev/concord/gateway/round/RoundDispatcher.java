package dev.concord.gateway.round;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.protocol.Topics;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.selection.Candidate;
import dev.concord.protocol.selection.RoundSelection;
import dev.concord.protocol.selection.SeededSelection;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.registry.NodeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a round for a client request in two steps: {@link #plan} selects N inference nodes with the round's seed
 * and checks the price, {@link #dispatch} publishes the prompt and hands back a future the round's decision completes.
 */
public class RoundDispatcher {

    private static final Logger log = LoggerFactory.getLogger(RoundDispatcher.class);

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

    /**
     * The prompt that starts round {@code requestId}: N inference nodes selected with the round's seed, and the
     * deadlines; {@code clientAccountId} (nullable) is the prepaid account its fee is reserved from. Publishes nothing, so a request refused afterwards (limits, budget) leaves no trace on Kafka.
     *
     * @throws NoCapacityException         fewer than N nodes serve the model
     * @throws PriceAboveMaximumException  the selected nodes' price for max_tokens exceeds the client's maximum
     */
    public PromptRequest plan(String requestId, RoundRequest request, String clientAccountId) {
        long registryVersion = registry.version();
        String seed = SeededSelection.seed(requestId, registryVersion);
        Map<String, RegistryEntry> active = registry.active(NodeRole.INFERENCE).stream()
                .collect(Collectors.toMap(RegistryEntry::nodeId, e -> e, (a, b) -> b));
        // Inference nodes have no reputation yet: weight is stake, as consensus recomputes it from its snapshot.
        List<Candidate> candidates = active.values().stream().map(e -> Candidate.of(e, 1.0)).toList();
        List<String> nodes = RoundSelection.inferenceNodes(seed, candidates, request.model(), request.inferenceNodes());
        if (nodes.size() < request.inferenceNodes()) {
            throw new NoCapacityException("asked for " + request.inferenceNodes() + " inference nodes serving '"
                    + request.model() + "', " + nodes.size() + " can be selected");
        }
        if (request.maxPriceMicros() != null) {
            long price = price(nodes.stream().map(active::get).toList(), request.maxTokens());
            if (price > request.maxPriceMicros()) {
                throw new PriceAboveMaximumException("the selected nodes " + nodes + " charge up to " + price
                        + " micros for " + request.maxTokens() + " tokens each; the maximum asked is "
                        + request.maxPriceMicros());
            }
        }
        Instant now = clock.instant();
        Duration total = request.deadline() != null ? request.deadline()
                : properties.responseTimeout().plus(properties.scoringTimeout());
        Instant responseDeadline = now.plus(responseShare(total));
        Instant roundDeadline = now.plus(total);
        return new PromptRequest(PromptRequest.VERSION, requestId, request.model(), request.messages(),
                request.maxTokens(), nodes, request.evaluators(), request.rule(), seed, registryVersion,
                properties.feePerRoundMicros(), properties.instanceId(), now, responseDeadline, roundDeadline,
                clientAccountId, SeededSelection.ALGORITHM);
    }

    /** Publishes the prompt; the future fails with a timeout if no decision arrives in time. */
    public CompletableFuture<RoundDecision> dispatch(PromptRequest prompt) {
        Duration wait = Duration.between(clock.instant(), prompt.roundDeadline().plus(GatewayProperties.DECISION_GRACE));
        CompletableFuture<RoundDecision> decision = pending.register(prompt.requestId())
                .orTimeout(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        publisher.publish(Topics.PROMPTS, prompt).whenComplete((sent, failure) -> {
            if (failure != null) {
                decision.completeExceptionally(failure);
            }
        });
        log.info("round {}: prompt out to {}", prompt.requestId(), prompt.inferenceNodes());
        return decision;
    }

    /**
     * The most the nodes can charge: each one's price per 1,000 tokens for a completion of max_tokens. The fee the
     * client pays is fixed per round; this bounds what the chosen nodes cost, which is what a maximum price is for.
     */
    static long price(List<RegistryEntry> nodes, int maxTokens) {
        return nodes.stream().mapToLong(e -> (e.pricePer1kTokensMicros() * maxTokens + 999) / 1000).sum();
    }

    /** A shorter round deadline shortens the response and the scoring phases in the configured proportion. */
    private Duration responseShare(Duration total) {
        Duration configured = properties.responseTimeout().plus(properties.scoringTimeout());
        return Duration.ofMillis(total.toMillis() * properties.responseTimeout().toMillis() / configured.toMillis());
    }

}
