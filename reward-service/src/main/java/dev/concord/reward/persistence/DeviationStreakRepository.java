package dev.concord.reward.persistence;

import dev.concord.reward.settlement.DeviationStreaks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluators' streaks of rounds at the trust floor (table deviation_streaks, V3__registry.sql). */
@Repository
public class DeviationStreakRepository implements DeviationStreaks {

    private final JdbcClient jdbc;

    public DeviationStreakRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int extend(String evaluatorId) {
        return jdbc.sql("""
                        INSERT INTO deviation_streaks (evaluator_id, rounds) VALUES (?, 1)
                        ON CONFLICT (evaluator_id) DO UPDATE SET rounds = deviation_streaks.rounds + 1
                        RETURNING rounds""")
                .param(evaluatorId).query(Integer.class).single();
    }

    @Override
    public void clear(String evaluatorId) {
        jdbc.sql("UPDATE deviation_streaks SET rounds = 0 WHERE evaluator_id = ? AND rounds > 0").param(evaluatorId)
                .update();
    }
}
