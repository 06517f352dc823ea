package dev.concord.protocol.event;

import java.time.Instant;
import java.util.List;

/**
 * Consensus closes a round's commit window, on {@code concord.reveals}: the nodes named committed in time and now
 * publish their answers, which must match their commitments, before {@code revealDeadline}.
 */
public record RevealRequest(
        int version,
        String requestId,
        List<String> nodeIds,
        Instant revealDeadline) implements Event {

    public static final int VERSION = 1;

    public RevealRequest {
        nodeIds = EventLists.copy(nodeIds);
    }

    @Override
    public String key() {
        return requestId;
    }
}
