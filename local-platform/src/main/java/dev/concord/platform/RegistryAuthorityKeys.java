package dev.concord.platform;

import dev.concord.protocol.crypto.NodeKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;

/**
 * The registry authority's key pair for the local platform: reward-service signs registry entries with it, every
 * other service verifies them with its public half. Kept in {@code <home>/keys/registry-authority.key} (private key,
 * public key, Base64, owner-only) when the platform's data persists, since the registry topic persists with it.
 */
record RegistryAuthorityKeys(String privateKey, String publicKey) {

    static RegistryAuthorityKeys loadOrCreate(Path home, boolean persistent) {
        if (!persistent) {
            return generate();
        }
        Path file = home.resolve("keys").resolve("registry-authority.key");
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                return new RegistryAuthorityKeys(lines.get(0).trim(), lines.get(1).trim());
            }
            RegistryAuthorityKeys keys = generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, keys.privateKey() + "\n" + keys.publicKey() + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("registry authority key " + file, e);
        }
    }

    private static RegistryAuthorityKeys generate() {
        KeyPair pair = NodeKeys.generate();
        return new RegistryAuthorityKeys(NodeKeys.encodePrivate(pair.getPrivate()), NodeKeys.encodePublic(pair.getPublic()));
    }
}
