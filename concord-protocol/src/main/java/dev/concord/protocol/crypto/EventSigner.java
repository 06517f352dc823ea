package dev.concord.protocol.crypto;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.SignedEvent;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

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
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(codec.signingBytes(event));
            return (T) event.withSignature(Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed for " + nodeId, e);
        }
    }
}
