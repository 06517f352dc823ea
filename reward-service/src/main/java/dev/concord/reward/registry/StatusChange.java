package dev.concord.reward.registry;

import dev.concord.protocol.event.NodeStatus;
import java.time.Instant;

/** One step of a node's status history, with why it happened. */
public record StatusChange(NodeStatus status, String reason, Instant at) {
}
