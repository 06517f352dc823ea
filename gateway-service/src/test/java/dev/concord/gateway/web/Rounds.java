package dev.concord.gateway.web;

import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import java.time.Instant;
import java.util.List;

/** Decisions as the consensus service sends them, for the web tests. */
final class Rounds {

    static final Instant DECIDED_AT = Instant.parse("2026-01-02T03:04:05Z");

    private Rounds() {
    }

    static RoundDecision decided(String requestId, String content) {
        return new RoundDecision(RoundDecision.VERSION, requestId, RoundStatus.DECIDED, "inf-best", "sim-exact", content,
                8.5, 12, 7, "weighted-mean", 1, List.of(), List.of(), 2000, "gateway-test", DECIDED_AT);
    }

    static RoundDecision failed(String requestId, RoundStatus status) {
        return new RoundDecision(RoundDecision.VERSION, requestId, status, null, null, null, 0, 0, 0, "weighted-mean", 1,
                List.of(), List.of(), 2000, "gateway-test", DECIDED_AT);
    }
}
