package dev.concord.consensus.persistence;

import dev.concord.consensus.round.RoundPhase;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.protocol.selection.RegistrySnapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Rounds, their responses, score sheets and consensus scores. Events are stored as the JSON that was signed. */
@Repository
public class RoundRepository {

    private static final String SELECT_ROUND =
            "SELECT prompt, status, rule, evaluators, candidates, registry_snapshot, reveal_deadline FROM round WHERE request_id = ?";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final EventCodec codec;

    public RoundRepository(JdbcClient jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Returns false when the round was already open (a redelivered prompt). */
    public boolean insert(PromptRequest prompt, String rule, RegistrySnapshot snapshot, Instant now) {
        return jdbc.sql("""
                        INSERT INTO round (request_id, status, prompt, rule, response_deadline, round_deadline, created_at,
                                           registry_snapshot)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""")
                .params(prompt.requestId(), RoundPhase.COLLECTING.name(), codec.encode(prompt), rule,
                        Timestamp.from(prompt.responseDeadline()), Timestamp.from(prompt.roundDeadline()), Timestamp.from(now),
                        JSON.writeValueAsString(snapshot))
                .update() == 1;
    }

    public Optional<StoredRound> find(String requestId) {
        return jdbc.sql(SELECT_ROUND).param(requestId).query(this::storedRound).optional();
    }

    /** Locks the round's row for the rest of the transaction, so concurrent instances advance it one at a time. */
    /**
     * Locks the round until the transaction ends, and returns it if it is open yet. The lock is taken on the request
     * id, not only on the round's row: a prompt and a commitment of one round handled at the same moment (on two
     * threads or two instances) would otherwise each miss the other's uncommitted row, and the commit window would
     * wait for the deadline sweep instead of closing when the last commitment came in.
     */
    public Optional<StoredRound> lock(String requestId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param("consensus/round/" + requestId)
                .query().singleRow();
        return jdbc.sql(SELECT_ROUND + " FOR UPDATE").param(requestId).query(this::storedRound).optional();
    }

    private StoredRound storedRound(ResultSet rs, int row) throws SQLException {
        return new StoredRound(codec.decode(rs.getString(1), PromptRequest.class), RoundPhase.valueOf(rs.getString(2)),
                rs.getString(3), splitIds(rs.getString(4)), splitIds(rs.getString(5)),
                rs.getString(6) == null ? null : JSON.readValue(rs.getString(6), RegistrySnapshot.class),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }

    /** Returns false for a second commitment of the same node to the same round: the first one binds. */
    public boolean insertCommitment(ResponseCommitment commitment, Instant now) {
        return jdbc.sql("""
                        INSERT INTO round_commitment (request_id, node_id, commitment, event, received_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (request_id, node_id) DO NOTHING""")
                .params(commitment.requestId(), commitment.nodeId(), commitment.commitment(), codec.encode(commitment),
                        Timestamp.from(now))
                .update() == 1;
    }

    public List<ResponseCommitment> commitments(String requestId) {
        return jdbc.sql("SELECT event FROM round_commitment WHERE request_id = ? ORDER BY node_id")
                .param(requestId)
                .query((rs, n) -> codec.decode(rs.getString(1), ResponseCommitment.class))
                .list();
    }

    /** The node's commitment to the round, if it made one. */
    public Optional<ResponseCommitment> commitment(String requestId, String nodeId) {
        return jdbc.sql("SELECT event FROM round_commitment WHERE request_id = ? AND node_id = ?")
                .params(requestId, nodeId)
                .query((rs, n) -> codec.decode(rs.getString(1), ResponseCommitment.class))
                .optional();
    }

    public void startRevealing(String requestId, Instant revealDeadline) {
        jdbc.sql("UPDATE round SET status = ?, reveal_deadline = ? WHERE request_id = ?")
                .params(RoundPhase.REVEALING.name(), Timestamp.from(revealDeadline), requestId)
                .update();
    }

    /** Records a fault once per (round, node, kind). */
    public void insertFault(String requestId, NodeFault fault, Instant now) {
        jdbc.sql("""
                        INSERT INTO round_fault (request_id, node_id, kind, evidence, recorded_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (request_id, node_id, kind) DO NOTHING""")
                .params(requestId, fault.nodeId(), fault.kind().name(), fault.evidence(), Timestamp.from(now))
                .update();
    }

    public List<NodeFault> faults(String requestId) {
        return jdbc.sql("SELECT node_id, kind, evidence FROM round_fault WHERE request_id = ? ORDER BY node_id, kind")
                .param(requestId)
                .query((rs, n) -> new NodeFault(rs.getString(1), FaultKind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    public boolean insertResponse(InferenceResponse response, Instant now) {
        return jdbc.sql("""
                        INSERT INTO round_response (request_id, node_id, event, received_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (request_id, node_id) DO NOTHING""")
                .params(response.requestId(), response.nodeId(), codec.encode(response), Timestamp.from(now))
                .update() == 1;
    }

    public List<InferenceResponse> responses(String requestId) {
        return jdbc.sql("SELECT event FROM round_response WHERE request_id = ? ORDER BY node_id")
                .param(requestId)
                .query((rs, n) -> codec.decode(rs.getString(1), InferenceResponse.class))
                .list();
    }

    public boolean insertSheet(ScoreSheet sheet, Instant now) {
        return jdbc.sql("""
                        INSERT INTO score_sheet (request_id, evaluator_id, event, received_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (request_id, evaluator_id) DO NOTHING""")
                .params(sheet.requestId(), sheet.evaluatorId(), codec.encode(sheet), Timestamp.from(now))
                .update() == 1;
    }

    public List<ScoreSheet> sheets(String requestId) {
        return jdbc.sql("SELECT event FROM score_sheet WHERE request_id = ? ORDER BY evaluator_id")
                .param(requestId)
                .query((rs, n) -> codec.decode(rs.getString(1), ScoreSheet.class))
                .list();
    }

    public void startScoring(String requestId, List<String> evaluators, List<String> candidates) {
        jdbc.sql("UPDATE round SET status = ?, evaluators = ?, candidates = ? WHERE request_id = ?")
                .params(RoundPhase.SCORING.name(), String.join(",", evaluators), String.join(",", candidates), requestId)
                .update();
    }

    public void close(RoundDecision decision, RoundPhase phase) {
        jdbc.sql("""
                        UPDATE round SET status = ?, winner_node_id = ?, decision = ?, trust_version = ?, decided_at = ?
                        WHERE request_id = ?""")
                .params(phase.name(), decision.winnerNodeId(), codec.encode(decision), decision.trustVersion(),
                        Timestamp.from(decision.decidedAt()), decision.requestId())
                .update();
    }

    public void saveConsensusScores(String requestId, Map<String, Double> scores) {
        scores.forEach((nodeId, score) -> jdbc.sql("INSERT INTO consensus_score (request_id, node_id, score) VALUES (?, ?, ?)")
                .params(requestId, nodeId, score)
                .update());
    }

    public Optional<RoundDecision> decision(String requestId) {
        return jdbc.sql("SELECT decision FROM round WHERE request_id = ? AND decision IS NOT NULL")
                .param(requestId)
                .query((rs, n) -> codec.decode(rs.getString(1), RoundDecision.class))
                .optional();
    }

    /** Open rounds whose current deadline has passed. */
    public List<String> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT request_id FROM round
                        WHERE (status = 'COLLECTING' AND response_deadline <= ?)
                           OR (status = 'REVEALING' AND reveal_deadline <= ?)
                           OR (status = 'SCORING' AND round_deadline <= ?)
                        ORDER BY created_at LIMIT ?""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), limit)
                .query(String.class)
                .list();
    }

    private static List<String> splitIds(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }
}
