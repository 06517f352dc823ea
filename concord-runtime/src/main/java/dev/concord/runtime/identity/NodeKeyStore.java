package dev.concord.runtime.identity;

import dev.concord.protocol.crypto.NodeKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;

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
        Path file = directory.resolve(nodeId + ".key");
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() < 2) {
                    throw new IllegalStateException("key file " + file + " is damaged: expected two lines");
                }
                PrivateKey privateKey = NodeKeys.decodePrivate(lines.get(0).strip());
                return new KeyPair(NodeKeys.decodePublic(lines.get(1).strip()), privateKey);
            }
            KeyPair keys = NodeKeys.generate();
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, nodeId, ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file stays in a directory only the operator reads
            }
            Files.write(tmp, List.of(NodeKeys.encodePrivate(keys.getPrivate()), NodeKeys.encodePublic(keys.getPublic())));
            Files.move(tmp, file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the key of node " + nodeId, e);
        }
    }
}
