package dev.concord.reward.settlement;

/** Consecutive rounds at the trust floor, per evaluator. Implemented on PostgreSQL; joins the caller's transaction. */
public interface DeviationStreaks {

    /** Counts one more round at the floor and returns the streak. */
    int extend(String evaluatorId);

    void clear(String evaluatorId);
}
