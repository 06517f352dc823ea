package dev.concord.evaluator.evaluation;

import dev.concord.scoring.Scorer;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An evaluator node this agent hosts: the scorer it uses and the key it signs its sheets with. */
public record HostedEvaluator(String nodeId, Scorer scorer, EventSigner signer) {

    /**
     * This node's signed sheet for a task: one score per response, in the task's order. A scorer's value is clamped
     * to 0..10 and a non-finite one becomes 0, so a scorer fault can never put an invalid number on a signed sheet.
     */
    public ScoreSheet sheet(EvaluationTask task, List<Double> values, Instant now) {
        if (values.size() != task.responses().size()) {
            throw new IllegalStateException("scorer " + scorer.id() + " returned " + values.size() + " scores for "
                    + task.responses().size() + " responses of " + task.requestId());
        }
        List<Score> scores = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            scores.add(new Score(task.responses().get(i).nodeId(), clamp(values.get(i))));
        }
        return signer.sign(new ScoreSheet(ScoreSheet.VERSION, task.requestId(), nodeId, scorer.id(), scores, now, null));
    }

    static double clamp(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(10.0, value));
    }
}
