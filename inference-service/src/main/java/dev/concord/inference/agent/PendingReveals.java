package dev.concord.inference.agent;

import dev.concord.protocol.event.InferenceResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed answers whose commitments are out, kept until consensus asks for them or the round's deadline passes. A
 * crash loses them, and the round counts the node as committed but not revealed: holding answers in memory is the
 * price of never putting one on a topic before every node of the round has committed.
 */
final class PendingReveals {

    private record Key(String requestId, String nodeId) {
    }

    private record Held(InferenceResponse response, Instant expires) {
    }

    private final Map<Key, Held> held = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingReveals(Clock clock) {
        this.clock = clock;
    }

    void hold(InferenceResponse response, Instant expires) {
        Instant now = clock.instant();
        held.values().removeIf(h -> !h.expires().isAfter(now));
        held.put(new Key(response.requestId(), response.nodeId()), new Held(response, expires));
    }

    Optional<InferenceResponse> take(String requestId, String nodeId) {
        return Optional.ofNullable(held.remove(new Key(requestId, nodeId))).map(Held::response);
    }

    int size() {
        return held.size();
    }
}
