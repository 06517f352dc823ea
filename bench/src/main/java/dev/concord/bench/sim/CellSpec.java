package dev.concord.bench.sim;

import dev.concord.bench.scenario.AttackSpec;

/**
 * One cell of the grid for one seed.
 *
 * @param attack           the attack, or null for the no-attack baseline (ratio 0)
 * @param ratio            the malicious share of the population
 * @param k                evaluators per round
 * @param seed             the sweep seed
 * @param recordTrajectory whether to keep trust weights over rounds (the focus cells only: it costs memory)
 * @param paid             whether to run RewardCalculator every round (the reward tables' cells only: it costs
 *                         more than all the rules together)
 */
public record CellSpec(AttackSpec attack, double ratio, int k, long seed, boolean recordTrajectory, boolean paid) {

    public static final String NO_ATTACK = "none";

    public String attackLabel() {
        return attack == null ? NO_ATTACK : attack.displayName();
    }
}
