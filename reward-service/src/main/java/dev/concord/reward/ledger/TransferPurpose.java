package dev.concord.reward.ledger;

/** Why money moved; stored with every ledger entry and shown on statements. */
public enum TransferPurpose {
    /** Part of a round's fee paid to a node, the protocol, or refunded. */
    PAYOUT,
    /** Money a client paid in. */
    DEPOSIT,
    /** A round's maximum fee set aside from the client's balance. */
    RESERVE,
    /** What a round's settlement did not charge of its reservation, returned to the client. */
    RELEASE
}
