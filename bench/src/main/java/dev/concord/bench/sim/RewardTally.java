package dev.concord.bench.sim;

import dev.concord.quality.reward.EvaluatorOutcome;
import dev.concord.quality.reward.InferenceOutcome;
import dev.concord.quality.reward.PayeeRole;
import dev.concord.quality.reward.Payout;
import dev.concord.quality.reward.RewardCalculator;
import dev.concord.quality.reward.RoundPayouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Pays every round of one chain with concord-quality's RewardCalculator and keeps the statistics. */
final class RewardTally {

    private final RewardCalculator calculator = new RewardCalculator();
    private final long fee;
    private final Set<String> attackers;
    private final double populationShare;
    private final RunningStats evaluatorPayout = new RunningStats();
    private final RunningStats evaluatorReward = new RunningStats();
    private final RunningStats inferencePayout = new RunningStats();
    private long attackerPaid;
    private long evaluatorPaid;

    RewardTally(long fee, Set<String> attackers, double populationShare) {
        this.fee = fee;
        this.attackers = attackers;
        this.populationShare = populationShare;
    }

    void pay(List<InferenceOutcome> inference, List<EvaluatorOutcome> evaluators) {
        RoundPayouts payouts = calculator.payouts(fee, inference, evaluators);
        for (Payout payout : payouts.payouts()) {
            if (payout.role() == PayeeRole.EVALUATOR) {
                evaluatorPayout.add(payout.amount());
                evaluatorReward.add(payout.reward());
                evaluatorPaid += payout.amount();
                if (attackers.contains(payout.account())) {
                    attackerPaid += payout.amount();
                }
            } else if (payout.role() == PayeeRole.INFERENCE) {
                inferencePayout.add(payout.amount());
            }
        }
    }

    static List<InferenceOutcome> inferenceOutcomes(List<String> nodeIds, double[] consensus, long[] costs) {
        List<InferenceOutcome> outcomes = new ArrayList<>();
        for (int f = 0; f < nodeIds.size(); f++) {
            outcomes.add(new InferenceOutcome(nodeIds.get(f), consensus[f], costs[f]));
        }
        return outcomes;
    }

    RewardSummary summary() {
        return new RewardSummary(evaluatorPayout.mean(), evaluatorPayout.variance(), evaluatorReward.mean(),
                evaluatorReward.variance(), inferencePayout.mean(), inferencePayout.variance(),
                attackers.isEmpty() || evaluatorPaid == 0 ? Double.NaN : (double) attackerPaid / evaluatorPaid,
                populationShare);
    }
}
