package dev.concord.reward.config;

import dev.concord.protocol.crypto.NodeKeys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registry authority's key pair: configured, or generated at start when none is (a development setting). */
public record RegistryKey(PrivateKey privateKey, PublicKey publicKey) {

    private static final Logger log = LoggerFactory.getLogger(RegistryKey.class);

    static RegistryKey from(RegistryProperties properties) {
        if (properties.authorityPrivateKey().isBlank() || properties.authorityPublicKey().isBlank()) {
            KeyPair generated = NodeKeys.generate();
            log.warn("no registry authority key configured: signing registry entries with a key generated now, public "
                    + "key {}", NodeKeys.encodePublic(generated.getPublic()));
            return new RegistryKey(generated.getPrivate(), generated.getPublic());
        }
        return new RegistryKey(NodeKeys.decodePrivate(properties.authorityPrivateKey()),
                NodeKeys.decodePublic(properties.authorityPublicKey()));
    }
}
