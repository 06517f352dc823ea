package dev.concord.protocol.crypto;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.SignedEvent;
import java.security.PublicKey;

/** Checks a node's signature on an event against the node's registered public key. */
public final class SignatureVerifier {

    private final EventCodec codec;

    public SignatureVerifier(EventCodec codec) {
        this.codec = codec;
    }

    /** True only when the event carries a signature that the key verifies over the event's signing bytes. */
    public boolean verify(SignedEvent event, PublicKey signerKey) {
        return NodeKeys.verify(signerKey, codec.signingBytes(event), event.signature());
    }
}
