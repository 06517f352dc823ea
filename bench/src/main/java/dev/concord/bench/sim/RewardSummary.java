package dev.concord.bench.sim;

/**
 * What one chain paid in a cell (RewardCalculator.payouts every round).
 *
 * @param evaluatorPayoutMean   mean payout of one evaluator seat in one round
 * @param evaluatorPayoutVar    its variance over seats and rounds
 * @param evaluatorRewardMean   mean linear reward R_m of a seat
 * @param evaluatorRewardVar    its variance
 * @param inferencePayoutMean   mean payout of one response in one round
 * @param inferencePayoutVar    its variance
 * @param attackerShare         attackers' share of all evaluator payouts (NaN without attackers)
 * @param populationShare       attackers' share of the evaluator population
 */
public record RewardSummary(double evaluatorPayoutMean, double evaluatorPayoutVar, double evaluatorRewardMean,
                            double evaluatorRewardVar, double inferencePayoutMean, double inferencePayoutVar,
                            double attackerShare, double populationShare) {
}
