package dev.concord.bench.sim;

/**
 * One chain (aggregation rule with its trust rule) in one cell.
 *
 * @param pearson         Pearson of consensus with the ground truth over all (round, response) pairs
 * @param spearman        Spearman of the same
 * @param auc             ROC AUC of final trust weights, honest as positives (NaN without trust or attackers)
 * @param honestAtMax     share of honest evaluators at w_max at the end (NaN without trust)
 * @param maliciousAtMax  share of attackers at w_max at the end (NaN without trust or attackers)
 * @param honestWeight    mean final weight of honest evaluators (NaN without trust)
 * @param maliciousWeight mean final weight of attackers (NaN without trust or attackers)
 * @param rewards         what it paid, or null when the chain was not paid
 */
public record ChainResult(double pearson, double spearman, double auc, double honestAtMax, double maliciousAtMax,
                          double honestWeight, double maliciousWeight, RewardSummary rewards) {
}
