package dev.concord.protocol.crypto;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.RegistryEntry;
import java.security.PrivateKey;

/**
 * The registry service's signature on the entries it publishes. Where services are configured with the authority's
 * public key, they accept only entries it signed: nodes join through the registry API (stake, fee, proof of key),
 * not by announcing themselves.
 */
public final class RegistryAuthority {

    private final PrivateKey key;
    private final EventCodec codec;

    public RegistryAuthority(PrivateKey key, EventCodec codec) {
        this.key = key;
        this.codec = codec;
    }

    public RegistryEntry sign(RegistryEntry entry) {
        return entry.withSignature(NodeKeys.sign(key, codec.signingBytes(entry)));
    }
}
