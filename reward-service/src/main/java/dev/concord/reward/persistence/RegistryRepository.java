package dev.concord.reward.persistence;

import static dev.concord.reward.persistence.LedgerEntries.instant;
import static dev.concord.reward.persistence.LedgerEntries.timestamp;

import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.reward.registry.Challenge;
import dev.concord.reward.registry.RegisteredNode;
import dev.concord.reward.registry.Registration;
import dev.concord.reward.registry.RegistryStore;
import dev.concord.reward.registry.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry on PostgreSQL: challenges, nodes and their status history (schema in V3__registry.sql, operator keys in
 * V5__operator_keys.sql).
 */
@Repository
public class RegistryRepository implements RegistryStore {

    /** A node with its latest status and its bonded stake (the balance of its stake account). */
    private static final String SELECT_NODE = """
            SELECT n.node_id, n.role, n.operator_id, n.operator_public_key, n.public_key, n.model,
                   n.price_per_1k_tokens_micros, n.registered_at,
                   (SELECT status FROM node_status_changes c WHERE c.node_id = n.node_id ORDER BY seq DESC LIMIT 1),
                   COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE credit_account = 'stake:' || n.node_id), 0)
                 - COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE debit_account = 'stake:' || n.node_id), 0)
            FROM nodes n""";

    private final JdbcClient jdbc;

    public RegistryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveChallenge(Challenge challenge) {
        jdbc.sql("INSERT INTO registry_challenges (challenge_id, node_id, nonce, expires_at) VALUES (?, ?, ?, ?)")
                .params(challenge.challengeId(), challenge.nodeId(), challenge.nonce(), timestamp(challenge.expiresAt()))
                .update();
    }

    @Override
    public Optional<Challenge> consumeChallenge(String challengeId, Instant now) {
        return jdbc.sql("""
                        UPDATE registry_challenges SET used_at = ? WHERE challenge_id = ? AND used_at IS NULL
                        RETURNING challenge_id, node_id, nonce, expires_at""")
                .params(timestamp(now), challengeId)
                .query((rs, n) -> new Challenge(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
                .optional();
    }

    @Override
    public Optional<RegisteredNode> lockNode(String nodeId) {
        jdbc.sql("SELECT node_id FROM nodes WHERE node_id = ? FOR UPDATE").param(nodeId).query(String.class).optional();
        return node(nodeId);
    }

    @Override
    public Optional<RegisteredNode> node(String nodeId) {
        return jdbc.sql(SELECT_NODE + " WHERE n.node_id = ?").param(nodeId).query(RegistryRepository::node).optional();
    }

    @Override
    public List<RegisteredNode> operatorNodes(String operatorId) {
        return jdbc.sql(SELECT_NODE + " WHERE n.operator_id = ? ORDER BY n.node_id").param(operatorId)
                .query(RegistryRepository::node).list();
    }

    @Override
    public void saveNode(Registration r, Instant registeredAt) {
        jdbc.sql("""
                        INSERT INTO nodes (node_id, role, operator_id, operator_public_key, public_key, model,
                                           price_per_1k_tokens_micros, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (node_id) DO UPDATE SET model = EXCLUDED.model,
                            price_per_1k_tokens_micros = EXCLUDED.price_per_1k_tokens_micros,
                            operator_id = EXCLUDED.operator_id, operator_public_key = EXCLUDED.operator_public_key""")
                .params(r.nodeId(), r.role().name(), r.operatorId(), r.operatorPublicKey(), r.publicKey(), r.model(),
                        r.pricePer1kTokensMicros(), timestamp(registeredAt))
                .update();
    }

    @Override
    public void recordStatus(String nodeId, StatusChange change) {
        jdbc.sql("""
                        INSERT INTO node_status_changes (node_id, seq, status, reason, changed_at)
                        SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM node_status_changes WHERE node_id = ?""")
                .params(nodeId, change.status().name(), change.reason(), timestamp(change.at()), nodeId)
                .update();
    }

    @Override
    public List<StatusChange> history(String nodeId) {
        return jdbc.sql("SELECT status, reason, changed_at FROM node_status_changes WHERE node_id = ? ORDER BY seq")
                .param(nodeId)
                .query((rs, n) -> new StatusChange(NodeStatus.valueOf(rs.getString(1)), rs.getString(2), instant(rs, 3)))
                .list();
    }

    private static RegisteredNode node(ResultSet rs, int row) throws SQLException {
        return new RegisteredNode(rs.getString(1), NodeRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), instant(rs, 8), NodeStatus.valueOf(rs.getString(9)),
                rs.getLong(10));
    }
}
