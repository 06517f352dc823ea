package dev.concord.gateway.persistence;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each key's current rate window, one row per key. An upsert either counts into the row's window or, when the row's
 * window is over, starts the new one; either way one statement, so every replica counts into the same window. A window never moves back, so replicas whose
 * clocks differ a little still share one.
 */
@Repository
public class RateWindowRepository {

    private final JdbcClient jdbc;

    public RateWindowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one request into the window starting at {@code windowStart}; returns the window's usage after it. */
    public Usage countRequest(String keyId, Instant windowStart) {
        return jdbc.sql("""
                        INSERT INTO rate_window AS w (key_id, window_start, requests, tokens) VALUES (?, ?, 1, 0)
                        ON CONFLICT (key_id) DO UPDATE SET
                            requests = CASE WHEN EXCLUDED.window_start > w.window_start THEN 1 ELSE w.requests + 1 END,
                            tokens = CASE WHEN EXCLUDED.window_start > w.window_start THEN 0 ELSE w.tokens END,
                            window_start = GREATEST(w.window_start, EXCLUDED.window_start)
                        RETURNING requests, tokens""")
                .params(keyId, Timestamps.of(windowStart))
                .query((rs, row) -> new Usage(rs.getInt("requests"), rs.getLong("tokens"))).single();
    }

    /** Adds a round's tokens to the window starting at {@code windowStart} (the current window, when the usage became known). */
    public void addTokens(String keyId, Instant windowStart, long tokens) {
        jdbc.sql("""
                        INSERT INTO rate_window AS w (key_id, window_start, requests, tokens) VALUES (?, ?, 0, ?)
                        ON CONFLICT (key_id) DO UPDATE SET
                            tokens = CASE WHEN EXCLUDED.window_start > w.window_start THEN EXCLUDED.tokens
                                          ELSE w.tokens + EXCLUDED.tokens END,
                            requests = CASE WHEN EXCLUDED.window_start > w.window_start THEN 0 ELSE w.requests END,
                            window_start = GREATEST(w.window_start, EXCLUDED.window_start)""")
                .params(keyId, Timestamps.of(windowStart), tokens)
                .update();
    }

    public record Usage(int requests, long tokens) {
    }
}
