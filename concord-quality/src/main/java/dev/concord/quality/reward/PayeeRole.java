package dev.concord.quality.reward;

/** Who a payout goes to: the protocol treasury or a node in one of its two roles. */
public enum PayeeRole {
    PROTOCOL,
    INFERENCE,
    EVALUATOR
}
