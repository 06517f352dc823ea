package dev.concord.quality.reward;

/**
 * One amount of a round's settlement.
 *
 * @param account the node id, or {@link RewardCalculator#PROTOCOL_ACCOUNT}
 * @param role    why this account takes part in the round
 * @param amount  in the smallest money unit, never negative
 * @param reward  the linear reward R that the amount is proportional to (0 for the protocol's share)
 * @param reason  a human-readable explanation of the amount, for settlements and audits
 */
public record Payout(String account, PayeeRole role, long amount, double reward, String reason) {

    public Payout {
        if (amount < 0) {
            throw new IllegalArgumentException("payout to " + account + " is negative: " + amount);
        }
    }
}
