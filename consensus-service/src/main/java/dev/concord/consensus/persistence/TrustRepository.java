package dev.concord.consensus.persistence;

import dev.concord.quality.trust.TrustState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluator trust states, their history, and the clock that orders updates. */
@Repository
public class TrustRepository {

    private final JdbcClient jdbc;

    public TrustRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the trust clock for the rest of the transaction and returns the current trust version. Every decision
     * takes this lock first, so trust updates from concurrent consensus instances are applied one after another:
     * none is lost and none is applied twice.
     */
    public long lockClock() {
        return jdbc.sql("SELECT version FROM trust_clock WHERE id = 1 FOR UPDATE").query(Long.class).single();
    }

    public void advanceClock(long version) {
        jdbc.sql("UPDATE trust_clock SET version = ? WHERE id = 1").param(version).update();
    }

    public Map<String, TrustState> states(Collection<String> evaluatorIds) {
        Map<String, TrustState> states = new HashMap<>();
        if (evaluatorIds.isEmpty()) {
            return states;
        }
        jdbc.sql("SELECT evaluator_id, state FROM evaluator_trust WHERE evaluator_id IN (:ids)")
                .param("ids", List.copyOf(evaluatorIds))
                .query((rs, n) -> states.put(rs.getString(1), TrustStateJson.read(rs.getString(2))))
                .list();
        return states;
    }

    public void record(String evaluatorId, String requestId, long version, String trustRule, TrustState before,
                       TrustState after, Instant now) {
        String state = TrustStateJson.write(after);
        jdbc.sql("""
                        INSERT INTO evaluator_trust (evaluator_id, weight, state, version, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (evaluator_id) DO UPDATE
                        SET weight = EXCLUDED.weight, state = EXCLUDED.state, version = EXCLUDED.version,
                            updated_at = EXCLUDED.updated_at""")
                .params(evaluatorId, after.weight(), state, version, Timestamp.from(now))
                .update();
        jdbc.sql("""
                        INSERT INTO trust_history (evaluator_id, request_id, version, deviation, weight_before, weight_after,
                                                   state_after, trust_rule, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(evaluatorId, requestId, version, after.lastDeviation(), before.weight(), after.weight(), state,
                        trustRule, Timestamp.from(now))
                .update();
    }

    public List<TrustRow> all() {
        return jdbc.sql("SELECT evaluator_id, state, version, updated_at FROM evaluator_trust ORDER BY evaluator_id")
                .query((rs, n) -> new TrustRow(rs.getString(1), TrustStateJson.read(rs.getString(2)),
                        rs.getLong(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public record TrustRow(String evaluatorId, TrustState state, long version, Instant updatedAt) {
    }
}
