package dev.concord.reward.settlement;

/** What an account of the ledger stands for; see {@link Accounts}. */
public enum AccountKind {
    /** Where round fees are taken from; the gateway funds it from client budgets. */
    ESCROW,
    /** Fees of rounds that ended without a decision, owed back to clients. */
    REFUND,
    /** What the reward rules leave unallocated in a round. */
    PROTOCOL,
    /** An inference or evaluator node's earnings. */
    NODE
}
