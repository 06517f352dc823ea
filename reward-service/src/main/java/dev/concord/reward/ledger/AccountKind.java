package dev.concord.reward.ledger;

/** What an account of the ledger stands for; see {@link Accounts}. */
public enum AccountKind {
    /** Money that entered the platform from outside (deposits); what it holds for everyone else. Debit-normal. */
    TREASURY(true),
    /** Fees of unmetered rounds (no client account): what the platform is owed for them. Debit-normal. */
    ESCROW(true),
    /** Fees of unmetered rounds that ended without a decision, owed back to clients. */
    REFUND(false),
    /** The protocol's share of each fee and any pool nobody earned. */
    PROTOCOL(false),
    /** An inference or evaluator node's earnings. */
    NODE(false),
    /** A client's prepaid balance, free to be reserved. */
    CLIENT(false),
    /** Reserved maximum fees of rounds in flight, until their settlement charges or releases them. */
    RESERVED(false),
    /** A node's bonded stake: what slashing takes from, and what selection weighs. */
    STAKE(false),
    /** Stake of an exited node, free to be withdrawn. */
    UNBONDED(false),
    /**
     * Fees of rounds decided after their reservation expired that the client's balance no longer covered: paid to
     * the nodes on the protocol's account, owed to it by the client. Debit-normal, like treasury: what the operator
     * has advanced.
     */
    SHORTFALL(true);

    private final boolean debitNormal;

    AccountKind(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** The balance read on the account's normal side, which is never negative in a healthy ledger. */
    public long balance(long debitsMicros, long creditsMicros) {
        return debitNormal ? debitsMicros - creditsMicros : creditsMicros - debitsMicros;
    }
}
