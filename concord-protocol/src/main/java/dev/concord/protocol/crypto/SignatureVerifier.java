package dev.concord.protocol.crypto;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.SignedEvent;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Checks a node's signature on an event against the node's registered public key. */
public final class SignatureVerifier {

    private final EventCodec codec;

    public SignatureVerifier(EventCodec codec) {
        this.codec = codec;
    }

    /** True only when the event carries a signature that the key verifies over the event's signing bytes. */
    public boolean verify(SignedEvent event, PublicKey signerKey) {
        if (event.signature() == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(signerKey);
            signature.update(codec.signingBytes(event));
            return signature.verify(Base64.getDecoder().decode(event.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
