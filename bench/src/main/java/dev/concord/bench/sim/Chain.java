package dev.concord.bench.sim;

import dev.concord.quality.aggregation.AggregationRule;
import dev.concord.quality.trust.TrustRule;
import dev.concord.quality.trust.TrustState;

import java.util.HashMap;
import java.util.Map;

/**
 * One way of reaching consensus, played over a cell's rounds: an aggregation rule, the trust rule that feeds it
 * weights (none for the plain rules and the oracle), and what that history leaves behind (trust states, the
 * consensus a copier sees). Every chain of a cell sees the same rounds, so they differ only by the rule.
 */
final class Chain {

    final String label;
    final AggregationRule rule;
    final TrustRule trust;
    final boolean oracle;
    final RewardTally rewards;
    final Map<String, TrustState> states = new HashMap<>();
    final double[] consensus;
    Map<String, Double> previousConsensus = Map.of();

    /**
     * @param rule    null for the oracle
     * @param trust   null when weights do not matter
     * @param rewards null when this chain is not paid
     */
    Chain(String label, AggregationRule rule, TrustRule trust, RewardTally rewards, int pairs) {
        this.label = label;
        this.rule = rule;
        this.trust = trust;
        this.oracle = rule == null;
        this.rewards = rewards;
        this.consensus = new double[pairs];
    }

    double weight(String evaluatorId) {
        return trust == null ? 1.0 : states.getOrDefault(evaluatorId, trust.newcomer()).weight();
    }
}
