package dev.concord.runtime.identity;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import java.security.KeyPair;
import java.time.Instant;

/**
 * One node hosted by an agent process: who it is, the operator that runs it (whose key endorses it to the registry),
 * what it serves, and the key it signs with.
 */
public record NodeIdentity(String nodeId, NodeRole role, OperatorKey operator, String model,
                           long pricePer1kTokensMicros, long stakeMicros, KeyPair keys) {

    /** The operator's id, derived from its key. */
    public String operatorId() {
        return operator.operatorId();
    }

    public EventSigner signer(EventCodec codec) {
        return new EventSigner(nodeId, keys.getPrivate(), codec);
    }

    /** The node's self-signed registry entry. */
    public RegistryEntry registryEntry(EventCodec codec, NodeStatus status, Instant now) {
        RegistryEntry entry = new RegistryEntry(RegistryEntry.VERSION, nodeId, role, operatorId(),
                NodeKeys.encodePublic(keys.getPublic()), model, pricePer1kTokensMicros, stakeMicros, status,
                now, null);
        return signer(codec).sign(entry);
    }
}
