package dev.concord.protocol.event;

public enum NodeRole {
    INFERENCE,
    EVALUATOR
}
