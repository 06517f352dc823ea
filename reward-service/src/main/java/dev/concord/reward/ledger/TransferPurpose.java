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
    RELEASE,
    /** A node's stake, bonded at registration. */
    STAKE,
    /** What registering a node costs; it makes identities cost something. */
    REGISTRATION_FEE,
    /** An exited node's stake, freed for withdrawal. */
    UNBOND,
    /** Unbonded stake paid back out. */
    WITHDRAWAL,
    /** Stake taken for a provable fault or sustained deviation. */
    SLASH,
    /** A round's fee taken from the client's balance when its decision came after its reservation had expired. */
    LATE_CHARGE,
    /** The part of such a fee the client's balance could not cover, advanced by the protocol so nodes are paid. */
    SHORTFALL
}
