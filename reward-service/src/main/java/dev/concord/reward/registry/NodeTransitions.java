package dev.concord.reward.registry;

import dev.concord.protocol.event.NodeStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves of a node's status. A node registers as PENDING; its operator activates it; the registry jails it
 * for a fault; an exited node's stake is unbonded, and registering it again (a new stake and fee) makes it PENDING.
 */
public final class NodeTransitions {

    private static final Map<NodeStatus, Set<NodeStatus>> ALLOWED = Map.of(
            NodeStatus.PENDING, EnumSet.of(NodeStatus.ACTIVE, NodeStatus.EXITED),
            NodeStatus.ACTIVE, EnumSet.of(NodeStatus.JAILED, NodeStatus.EXITED),
            NodeStatus.JAILED, EnumSet.of(NodeStatus.ACTIVE, NodeStatus.EXITED),
            NodeStatus.EXITED, EnumSet.of(NodeStatus.PENDING));

    private NodeTransitions() {
    }

    public static boolean allowed(NodeStatus from, NodeStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** @throws IllegalTransitionException when the move is not legal */
    public static void require(String nodeId, NodeStatus from, NodeStatus to) {
        if (!allowed(from, to)) {
            throw new IllegalTransitionException("node '" + nodeId + "' cannot go from " + from + " to " + to);
        }
    }
}
