package dev.concord.quality.metrics;

import java.util.Map;
import java.util.Set;

/** Attacker reward share against attacker population share (PROOF-OF-QUALITY.md section 4). */
public final class AttackerRewardShare {

    private AttackerRewardShare() {
    }

    /**
     * @param paidByNode  total paid to each node over the measured rounds, every node of the population included
     *                    (with 0 if it earned nothing), protocol share excluded
     * @param attackerIds the malicious nodes; ids not in {@code paidByNode} are ignored
     */
    public static RewardShare of(Map<String, Long> paidByNode, Set<String> attackerIds) {
        if (paidByNode.isEmpty()) {
            throw new IllegalArgumentException("no nodes to measure");
        }
        long total = 0;
        long attackers = 0;
        int attackerCount = 0;
        for (Map.Entry<String, Long> entry : paidByNode.entrySet()) {
            total += entry.getValue();
            if (attackerIds.contains(entry.getKey())) {
                attackers += entry.getValue();
                attackerCount++;
            }
        }
        double attackerShare = total == 0 ? Double.NaN : (double) attackers / total;
        return new RewardShare(attackerShare, (double) attackerCount / paidByNode.size());
    }
}
