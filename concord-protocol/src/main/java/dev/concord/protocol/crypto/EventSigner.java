package dev.concord.protocol.crypto;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.SignedEvent;
import java.security.PrivateKey;

/** Signs the events one node produces with that node's private key. */
public final class EventSigner {

    private final String nodeId;
    private final PrivateKey privateKey;
    private final EventCodec codec;

    public EventSigner(String nodeId, PrivateKey privateKey, EventCodec codec) {
        this.nodeId = nodeId;
        this.privateKey = privateKey;
        this.codec = codec;
    }

    public String nodeId() {
        return nodeId;
    }

    @SuppressWarnings("unchecked")
    public <T extends SignedEvent> T sign(T event) {
        if (!nodeId.equals(event.signer())) {
            throw new IllegalArgumentException("node " + nodeId + " cannot sign an event of " + event.signer());
        }
        return (T) event.withSignature(NodeKeys.sign(privateKey, codec.signingBytes(event)));
    }
}
