package dev.concord.gateway.persistence;

import dev.concord.gateway.access.ApiKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys by id and by the hash of their secret, with each key's budget (schema in V1__api_access.sql). */
@Repository
public class ApiKeyRepository {

    private static final String COLUMNS = """
            id, name, requests_per_minute, tokens_per_minute, budget_micros, spent_micros, account_id, created_at,
            rotated_at, revoked_at""";

    private final JdbcClient jdbc;

    public ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(ApiKey key, String secretHash) {
        jdbc.sql("""
                        INSERT INTO api_key (id, name, secret_hash, requests_per_minute, tokens_per_minute, budget_micros,
                                             account_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.id(), key.name(), secretHash, key.requestsPerMinute(), key.tokensPerMinute(),
                        key.budgetMicros(), key.accountId(), Timestamps.of(key.createdAt()))
                .update();
    }

    public Optional<ApiKey> findBySecretHash(String secretHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ?").param(secretHash)
                .query(ApiKeyRepository::map).optional();
    }

    public Optional<ApiKey> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = ?").param(id)
                .query(ApiKeyRepository::map).optional();
    }

    public List<ApiKey> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, id").query(ApiKeyRepository::map).list();
    }

    /** Replaces the secret of a key that is not revoked; the old secret stops working at once. */
    public boolean rotate(String id, String secretHash, Instant at) {
        return jdbc.sql("UPDATE api_key SET secret_hash = ?, rotated_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(secretHash, Timestamps.of(at), id).update() == 1;
    }

    public boolean revoke(String id, Instant at) {
        return jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamps.of(at), id).update() == 1;
    }

    /**
     * Charges {@code micros} if the key's budget allows it, in one statement, so concurrent requests on any replica
     * can never overspend together.
     */
    public boolean charge(String id, long micros) {
        return jdbc.sql("""
                        UPDATE api_key SET spent_micros = spent_micros + ?
                        WHERE id = ? AND revoked_at IS NULL AND (budget_micros IS NULL OR spent_micros + ? <= budget_micros)""")
                .params(micros, id, micros).update() == 1;
    }

    public void refund(String id, long micros) {
        jdbc.sql("UPDATE api_key SET spent_micros = spent_micros - ? WHERE id = ?").params(micros, id).update();
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        long budget = rs.getLong("budget_micros");
        return new ApiKey(rs.getString("id"), rs.getString("name"), rs.getInt("requests_per_minute"),
                rs.getLong("tokens_per_minute"), rs.wasNull() ? null : budget, rs.getLong("spent_micros"),
                rs.getString("account_id"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "rotated_at"),
                Timestamps.read(rs, "revoked_at"));
    }
}
