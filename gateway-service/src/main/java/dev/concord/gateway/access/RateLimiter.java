package dev.concord.gateway.access;

import dev.concord.gateway.persistence.RateBucketRepository;
import dev.concord.gateway.persistence.RateBucketRepository.Buckets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-key request and token limits as token buckets ({@link TokenBucket}) kept in PostgreSQL, so the limits hold
 * for the key across every gateway replica. A request takes one unit of the request bucket when admitted, and needs
 * room in the token bucket for its {@code max_tokens} (at most the whole bucket); its actual tokens are taken when the
 * round's usage is known. So a key may overdraw its token bucket by the rounds it already has in flight, and then
 * waits until the bucket has refilled. A refused request takes nothing.
 */
public class RateLimiter {

    private final RateBucketRepository buckets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RateLimiter(RateBucketRepository buckets, TransactionTemplate transaction, Clock clock) {
        this.buckets = buckets;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Takes one request from the key's bucket; throws, taking nothing, when a bucket has no room for the request. */
    public void admit(Caller caller, int maxTokens) {
        if (caller.anonymous()) {
            return;
        }
        TokenBucket requests = TokenBucket.perMinute(caller.requestsPerMinute());
        TokenBucket tokens = TokenBucket.perMinute(caller.tokensPerMinute());
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Buckets state = buckets.lock(caller.keyId());
            Duration requestWait = requests.waitFor(state.requestsFullAt(), now, 1);
            if (!requestWait.isZero()) {
                throw AccessRefusedException.rateLimited("Rate limit reached for requests on " + caller.keyId() + ": "
                        + caller.requestsPerMinute() + " per minute", requestWait);
            }
            Duration tokenWait = tokens.waitFor(state.tokensFullAt(), now, maxTokens);
            if (!tokenWait.isZero()) {
                throw AccessRefusedException.rateLimited("Rate limit reached for tokens on " + caller.keyId() + ": "
                        + caller.tokensPerMinute() + " per minute, and this request may use " + maxTokens, tokenWait);
            }
            buckets.saveRequests(caller.keyId(), requests.take(state.requestsFullAt(), now, 1));
        });
    }

    /** Takes a decided round's tokens from the key's token bucket. */
    public void recordTokens(Caller caller, long used) {
        if (caller.anonymous() || used <= 0) {
            return;
        }
        TokenBucket tokens = TokenBucket.perMinute(caller.tokensPerMinute());
        transaction.executeWithoutResult(status -> {
            Buckets state = buckets.lock(caller.keyId());
            buckets.saveTokens(caller.keyId(), tokens.take(state.tokensFullAt(), clock.instant(), used));
        });
    }
}
