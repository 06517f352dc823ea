package dev.concord.evaluator.evaluation;

import dev.concord.evaluator.injection.InjectionPolicy;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.quality.attack.EvaluatorAttack;
import dev.concord.quality.attack.HonestScoring;
import dev.concord.quality.attack.ScoringContext;
import dev.concord.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An evaluator node this agent hosts: the scorer it uses, the key it signs its sheets with, and how it turns its
 * honest opinion into the sheet it submits: {@link HonestScoring} for every real node, one of the protocol's attack
 * models only in simulations (the configuration refuses attacks under the {@code prod} profile).
 */
public record HostedEvaluator(String nodeId, Scorer scorer, EventSigner signer, EvaluatorAttack behaviour) {

    public HostedEvaluator(String nodeId, Scorer scorer, EventSigner signer) {
        this(nodeId, scorer, signer, new HonestScoring());
    }

    /**
     * This node's signed sheet for a task: one score per response, in the task's order. A scorer's value is clamped
     * to 0..10 and a non-finite one becomes 0, so a scorer fault can never put an invalid number on a signed sheet;
     * a flagged response gets the injection penalty and the {@code prompt-injection} flag; then the node's behaviour
     * decides what it submits (the protocol's attack models keep scores within 0..10).
     *
     * @param flagged one entry per response: whether it tries to instruct its grader ({@link InjectionPolicy#screen})
     */
    public ScoreSheet sheet(EvaluationTask task, List<Double> values, List<Boolean> flagged, InjectionPolicy injection,
                            Instant now) {
        int responses = task.responses().size();
        if (values.size() != responses || flagged.size() != responses) {
            throw new IllegalStateException("scorer " + scorer.id() + " returned " + values.size() + " scores and "
                    + flagged.size() + " flags for " + responses + " responses of " + task.requestId());
        }
        double[] honest = new double[responses];
        for (int i = 0; i < responses; i++) {
            honest[i] = injection.penalise(clamp(values.get(i)), flagged.get(i));
        }
        List<String> nodeIds = task.responses().stream().map(CandidateResponse::nodeId).toList();
        double[] submitted = behaviour.score(ScoringContext.firstRound(nodeIds, honest), roundRandom(task));
        List<Score> scores = new ArrayList<>(responses);
        for (int i = 0; i < responses; i++) {
            scores.add(new Score(nodeIds.get(i), submitted[i],
                    flagged.get(i) ? List.of(Score.PROMPT_INJECTION) : null));
        }
        return signer.sign(new ScoreSheet(ScoreSheet.VERSION, task.requestId(), nodeId, scorer.id(), scores, now, null));
    }

    static double clamp(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(10.0, value));
    }

    /** An attack's randomness per (node, round): a simulation replays exactly, and no generator is shared by threads. */
    private SplittableRandom roundRandom(EvaluationTask task) {
        long seed = 1125899906842597L;
        for (byte b : (nodeId + "\n" + task.requestId()).getBytes(StandardCharsets.UTF_8)) {
            seed = 31 * seed + b;
        }
        return new SplittableRandom(seed);
    }
}
