package dev.concord.runtime.registry;

import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.SignedEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This service's copy of the node registry, fed from the compacted registry topic. An entry is accepted only when it
 * is signed by the registry authority (reward-service, which registered the node with a proof of its key, a stake and
 * a fee) or, where no authority is configured (development, tests), by the key it announces. A node id keeps the
 * first key it was seen with. The version is a hash of the content, so any party holding the same entries derives
 * the same version, and with it the same selection seeds.
 */
public class NodeRegistry {

    private static final Logger log = LoggerFactory.getLogger(NodeRegistry.class);

    private final Map<String, RegistryEntry> entries = new ConcurrentHashMap<>();
    private final SignatureVerifier verifier;
    private final PublicKey authority;
    private volatile long version;

    /** A registry of self-signed entries: any node may announce itself. */
    public NodeRegistry(SignatureVerifier verifier) {
        this(verifier, null);
    }

    /** A registry of entries signed by {@code authority}; null accepts self-signed entries. */
    public NodeRegistry(SignatureVerifier verifier, PublicKey authority) {
        this.verifier = verifier;
        this.authority = authority;
    }

    /** Applies one registry record; returns false (and changes nothing) when it is not acceptable. */
    public boolean apply(RegistryEntry entry) {
        PublicKey signer = authority != null ? authority : NodeKeys.decodePublic(entry.publicKey());
        if (!verifier.verify(entry, signer)) {
            log.warn("registry entry for {} rejected: not signed by the {}", entry.nodeId(),
                    authority != null ? "registry authority" : "key it announces");
            return false;
        }
        RegistryEntry known = entries.get(entry.nodeId());
        if (known != null && !known.publicKey().equals(entry.publicKey())) {
            log.warn("registry entry for {} rejected: the node is registered with another key", entry.nodeId());
            return false;
        }
        entries.put(entry.nodeId(), entry);
        version = contentVersion();
        return true;
    }

    public Optional<RegistryEntry> node(String nodeId) {
        return Optional.ofNullable(entries.get(nodeId));
    }

    /** Active nodes of a role, ordered by id. */
    public List<RegistryEntry> active(NodeRole role) {
        return entries.values().stream()
                .filter(e -> e.role() == role && e.status() == NodeStatus.ACTIVE)
                .sorted(Comparator.comparing(RegistryEntry::nodeId))
                .toList();
    }

    public long version() {
        return version;
    }

    /**
     * Checks that a node event is signed by an active, registered node of the expected role.
     *
     * @throws UnknownSignerException when the signer is not (yet) in the registry
     * @throws InvalidEventException when the signer's role or status is wrong or the signature fails: a poison message
     */
    public void requireSignedBy(SignedEvent event, NodeRole role) {
        RegistryEntry signer = entries.get(event.signer());
        if (signer == null) {
            throw new UnknownSignerException("unknown node '" + event.signer() + "' signed " + event.key());
        }
        if (signer.role() != role) {
            throw new InvalidEventException("node '" + event.signer() + "' is not an " + role.name().toLowerCase() + " node");
        }
        if (signer.status() != NodeStatus.ACTIVE) {
            throw new InvalidEventException("node '" + event.signer() + "' is " + signer.status());
        }
        if (!verifier.verify(event, NodeKeys.decodePublic(signer.publicKey()))) {
            throw new InvalidEventException("bad signature from node '" + event.signer() + "' on " + event.key());
        }
    }

    private long contentVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.values().stream().sorted(Comparator.comparing(RegistryEntry::nodeId))
                    .forEach(e -> digest.update((e.nodeId() + ":" + e.signature() + "\n").getBytes(StandardCharsets.UTF_8)));
            byte[] hash = digest.digest();
            long v = 0;
            for (int i = 0; i < 7; i++) {
                v = (v << 8) | (hash[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
