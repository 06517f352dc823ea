package dev.concord.gateway.access;

import dev.concord.gateway.persistence.RateWindowRepository;
import dev.concord.gateway.persistence.RateWindowRepository.Usage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Per-key request and token limits over fixed one-minute windows kept in PostgreSQL, so the limits hold for the
 * key across every gateway replica. A request is counted when admitted; its tokens when the round's usage is known,
 * so a key may overshoot its token limit by the rounds it already has in flight, and then waits for the next window.
 */
public class RateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateWindowRepository windows;
    private final Clock clock;

    public RateLimiter(RateWindowRepository windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** Counts the request; throws when the key has used up a limit of the current window. */
    public void admit(Caller caller) {
        if (caller.anonymous()) {
            return;
        }
        Instant now = clock.instant();
        Instant start = windowStart(now);
        Usage usage = windows.countRequest(caller.keyId(), start);
        Duration retryAfter = Duration.between(now, start.plus(WINDOW));
        if (usage.requests() > caller.requestsPerMinute()) {
            throw AccessRefusedException.rateLimited("Rate limit reached for requests on " + caller.keyId() + ": "
                    + caller.requestsPerMinute() + " per minute", retryAfter);
        }
        if (usage.tokens() >= caller.tokensPerMinute()) {
            throw AccessRefusedException.rateLimited("Rate limit reached for tokens on " + caller.keyId() + ": "
                    + usage.tokens() + " used of " + caller.tokensPerMinute() + " per minute", retryAfter);
        }
    }

    public void recordTokens(Caller caller, long tokens) {
        if (!caller.anonymous() && tokens > 0) {
            windows.addTokens(caller.keyId(), windowStart(clock.instant()), tokens);
        }
    }

    static Instant windowStart(Instant now) {
        return Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), WINDOW.toSeconds()));
    }
}
