package dev.concord.gateway.round;

import dev.concord.protocol.event.RoundDecision;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rounds this gateway replica is waiting on, by request id. Decisions are broadcast to every replica; only the
 * one holding the request completes it, so each client gets its own answer however many replicas run.
 */
public class PendingRounds {

    private final Map<String, CompletableFuture<RoundDecision>> waiting = new ConcurrentHashMap<>();

    public CompletableFuture<RoundDecision> register(String requestId) {
        CompletableFuture<RoundDecision> future = new CompletableFuture<>();
        waiting.put(requestId, future);
        future.whenComplete((decision, failure) -> waiting.remove(requestId, future));
        return future;
    }

    /** Returns false when no client of this replica waits for the round (another replica's, or timed out). */
    public boolean complete(RoundDecision decision) {
        CompletableFuture<RoundDecision> future = waiting.get(decision.requestId());
        return future != null && future.complete(decision);
    }

    public int size() {
        return waiting.size();
    }
}
