package dev.concord.protocol.event;

import java.time.Instant;
import java.util.List;

/** How a round's fee was paid out, on {@code concord.settlements}. The payouts sum to the fee exactly. */
public record Settlement(
        int version,
        String requestId,
        long feeMicros,
        List<Payout> payouts,
        Instant settledAt) implements Event {

    public static final int VERSION = 1;

    public Settlement {
        payouts = EventLists.copy(payouts);
    }

    @Override
    public String key() {
        return requestId;
    }
}
