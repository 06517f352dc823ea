package dev.concord.inference.agent;

import dev.concord.runtime.identity.NodeIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nodes one agent process hosts, by node id. */
public final class HostedNodes {

    private final Map<String, HostedNode> byId = new LinkedHashMap<>();

    public HostedNodes(List<HostedNode> nodes) {
        for (HostedNode node : nodes) {
            if (byId.putIfAbsent(node.nodeId(), node) != null) {
                throw new IllegalArgumentException("node " + node.nodeId() + " hosted twice");
            }
        }
    }

    public Optional<HostedNode> find(String nodeId) {
        return Optional.ofNullable(byId.get(nodeId));
    }

    public List<NodeIdentity> identities() {
        return byId.values().stream().map(HostedNode::identity).toList();
    }
}
