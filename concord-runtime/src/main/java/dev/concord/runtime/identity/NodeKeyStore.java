package dev.concord.runtime.identity;

import java.nio.file.Path;
import java.security.KeyPair;

/**
 * Keeps each hosted node's Ed25519 key pair in a file of its own ({@code <nodeId>.key}: Base64 private key, then
 * Base64 public key), created on first use with owner-only permissions, so a node keeps its identity across restarts.
 */
public class NodeKeyStore {

    private final Path directory;

    public NodeKeyStore(Path directory) {
        this.directory = directory;
    }

    public KeyPair loadOrCreate(String nodeId) {
        return KeyFiles.loadOrCreate(directory.resolve(nodeId + ".key"));
    }
}
