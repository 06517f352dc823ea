package dev.concord.gateway.persistence;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each key's two rate buckets, one row per key shared by every gateway replica. {@link #lock} must run in the
 * transaction that saves the buckets' next state, so two replicas never both spend the same capacity.
 */
@Repository
public class RateBucketRepository {

    private final JdbcClient jdbc;

    public RateBucketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the key's buckets until the transaction ends; a key never seen has full buckets. */
    public Buckets lock(String keyId) {
        jdbc.sql("INSERT INTO rate_bucket (key_id) VALUES (?) ON CONFLICT (key_id) DO NOTHING").param(keyId).update();
        return jdbc.sql("SELECT requests_full_at, tokens_full_at FROM rate_bucket WHERE key_id = ? FOR UPDATE")
                .param(keyId)
                .query((rs, row) -> new Buckets(Timestamps.read(rs, "requests_full_at"), Timestamps.read(rs, "tokens_full_at")))
                .single();
    }

    public void saveRequests(String keyId, Instant fullAt) {
        jdbc.sql("UPDATE rate_bucket SET requests_full_at = ? WHERE key_id = ?").params(Timestamps.of(fullAt), keyId).update();
    }

    public void saveTokens(String keyId, Instant fullAt) {
        jdbc.sql("UPDATE rate_bucket SET tokens_full_at = ? WHERE key_id = ?").params(Timestamps.of(fullAt), keyId).update();
    }

    /** When each bucket will be full again (null: full). */
    public record Buckets(Instant requestsFullAt, Instant tokensFullAt) {
    }
}
