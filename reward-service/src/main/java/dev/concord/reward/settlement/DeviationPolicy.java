package dev.concord.reward.settlement;

import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.reward.registry.NodeRegistrar;

/**
 * Watches each decided round's evaluators for sustained deviation and has the registry slash and jail an evaluator
 * whose trust stayed at the floor for {@link DeviationRule#rounds()} rounds. Runs inside the settlement's transaction,
 * so a redelivered decision (settled before) never counts twice.
 */
public class DeviationPolicy {

    private final DeviationRule rule;
    private final DeviationStreaks streaks;
    private final NodeRegistrar registrar;

    public DeviationPolicy(DeviationRule rule, DeviationStreaks streaks, NodeRegistrar registrar) {
        this.rule = rule;
        this.streaks = streaks;
        this.registrar = registrar;
    }

    public void observe(RoundDecision decision) {
        if (decision.status() != RoundStatus.DECIDED) {
            return;
        }
        for (EvaluatorOutcome evaluator : decision.evaluators()) {
            if (!rule.atFloor(evaluator.weightAfter())) {
                streaks.clear(evaluator.evaluatorId());
                continue;
            }
            if (streaks.extend(evaluator.evaluatorId()) >= rule.rounds()) {
                registrar.penalise(evaluator.evaluatorId(), "deviation/" + decision.requestId(),
                        rule.slashBasisPoints(), "sustained deviation: trust at the floor (" + rule.floorWeight()
                                + ") for " + rule.rounds() + " rounds up to round " + decision.requestId(), true);
                streaks.clear(evaluator.evaluatorId());
            }
        }
    }
}
