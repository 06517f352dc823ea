package dev.concord.gateway.round;

import dev.concord.protocol.event.RoundDecision;
import java.util.concurrent.CompletableFuture;

/** A round the client waits for: its id, and its decision to come (already there for an idempotent replay). */
public record Dispatched(String requestId, CompletableFuture<RoundDecision> decision) {
}
