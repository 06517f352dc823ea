package dev.concord.inference.agent;

import dev.concord.inference.modelserver.ChatCompletionClient;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.runtime.identity.NodeIdentity;

/** One inference node this agent answers for: its identity and key, and the model server it generates with. */
public record HostedNode(NodeIdentity identity, EventSigner signer, ChatCompletionClient modelServer) {

    public HostedNode {
        if (!identity.nodeId().equals(signer.nodeId())) {
            throw new IllegalArgumentException("signer of " + signer.nodeId() + " given to node " + identity.nodeId());
        }
    }

    public String nodeId() {
        return identity.nodeId();
    }
}
