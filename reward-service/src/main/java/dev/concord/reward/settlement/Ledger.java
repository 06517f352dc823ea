package dev.concord.reward.settlement;

import java.time.Instant;

/** Where settlements are written. Implemented on PostgreSQL in the persistence package. */
public interface Ledger {

    /**
     * Records the settlement, its payouts, its transfers and the close of its reservation, in the caller's transaction.
     *
     * @return false, writing nothing, when the round was already settled
     */
    boolean record(SettlementPlan plan, Instant settledAt);
}
