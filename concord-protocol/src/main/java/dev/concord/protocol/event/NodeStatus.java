package dev.concord.protocol.event;

public enum NodeStatus {
    PENDING,
    ACTIVE,
    JAILED,
    EXITED
}
