package dev.concord.consensus;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.SignedEvent;
import java.security.KeyPair;
import java.time.Instant;

/** A node played by a test: a real key pair, a self-signed registry entry, real signatures. */
record TestNode(String id, NodeRole role, String operator, KeyPair keys, EventCodec codec) {

    static TestNode create(String id, NodeRole role, String operator) {
        return new TestNode(id, role, operator, NodeKeys.generate(), new EventCodec());
    }

    RegistryEntry registryEntry(NodeStatus status) {
        return sign(new RegistryEntry(RegistryEntry.VERSION, id, role, operator, NodeKeys.encodePublic(keys.getPublic()),
                "test-model-" + id, 1_000, 1_000_000, status, Instant.now(), null));
    }

    <T extends SignedEvent> T sign(T event) {
        return new EventSigner(id, keys.getPrivate(), codec).sign(event);
    }
}
