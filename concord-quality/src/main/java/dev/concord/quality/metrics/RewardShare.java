package dev.concord.quality.metrics;

/**
 * What attackers took against how many they were.
 *
 * @param attackerShare   attackers' payouts / all payouts to the given nodes, 0..1 (NaN if nothing was paid)
 * @param populationShare attackers / all the given nodes, 0..1
 */
public record RewardShare(double attackerShare, double populationShare) {

    /** Above 1, attacking pays more than honest work; a sound protocol keeps it below 1. */
    public double ratio() {
        return attackerShare / populationShare;
    }
}
