package dev.concord.gateway.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions by round id and by (key, idempotency key); the unique pair is what makes a replay find its round. */
@Repository
public class SubmissionRepository {

    private static final String COLUMNS = """
            round_id, key_id, idempotency_key, request_hash, charged_micros, status, decision, created_at, finished_at""";

    private final JdbcClient jdbc;

    public SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new pending submission; false when the key already submitted under this idempotency key (a
     * concurrent duplicate waits for the first writer's commit, then finds the row).
     */
    public boolean claim(StoredSubmission submission) {
        return jdbc.sql("INSERT INTO submission (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (key_id, idempotency_key) DO NOTHING")
                .params(submission.roundId(), submission.keyId(), submission.idempotencyKey(), submission.requestHash(),
                        submission.chargedMicros(), submission.status(), submission.decision(),
                        Timestamps.of(submission.createdAt()), Timestamps.of(submission.finishedAt()))
                .update() == 1;
    }

    public Optional<StoredSubmission> find(String roundId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE round_id = ?").param(roundId)
                .query(SubmissionRepository::map).optional();
    }

    public Optional<StoredSubmission> findByIdempotencyKey(String keyId, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE key_id = ? AND idempotency_key = ?")
                .params(keyId, idempotencyKey).query(SubmissionRepository::map).optional();
    }

    /** Records the outcome once; false if it was already recorded. */
    public boolean finish(String roundId, String status, String decision, Instant at) {
        return jdbc.sql("UPDATE submission SET status = ?, decision = ?, finished_at = ? WHERE round_id = ? AND status = ?")
                .params(status, decision, Timestamps.of(at), roundId, StoredSubmission.PENDING).update() == 1;
    }

    public void delete(String roundId) {
        jdbc.sql("DELETE FROM submission WHERE round_id = ?").param(roundId).update();
    }

    private static StoredSubmission map(ResultSet rs, int row) throws SQLException {
        return new StoredSubmission(rs.getString("round_id"), rs.getString("key_id"), rs.getString("idempotency_key"),
                rs.getString("request_hash"), rs.getLong("charged_micros"), rs.getString("status"),
                rs.getString("decision"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "finished_at"));
    }
}
