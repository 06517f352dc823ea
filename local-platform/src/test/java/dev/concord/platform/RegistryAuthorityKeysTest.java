package dev.concord.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.crypto.NodeKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryAuthorityKeysTest {

    @TempDir
    Path home;

    @Test
    void aPersistentPlatformKeepsItsAuthorityKeyAcrossRuns() throws Exception {
        RegistryAuthorityKeys first = RegistryAuthorityKeys.loadOrCreate(home, true);
        RegistryAuthorityKeys second = RegistryAuthorityKeys.loadOrCreate(home, true);

        assertThat(second).isEqualTo(first);
        Path file = home.resolve("keys").resolve("registry-authority.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        // the two halves belong together: what the private key signs, the public key verifies
        byte[] message = "entry".getBytes(StandardCharsets.UTF_8);
        String signature = NodeKeys.sign(NodeKeys.decodePrivate(first.privateKey()), message);
        assertThat(NodeKeys.verify(NodeKeys.decodePublic(first.publicKey()), message, signature)).isTrue();
    }

    @Test
    void aThrowawayPlatformGetsAFreshKeyAndWritesNothing() {
        assertThat(RegistryAuthorityKeys.loadOrCreate(home, false))
                .isNotEqualTo(RegistryAuthorityKeys.loadOrCreate(home, false));
        assertThat(home.resolve("keys")).doesNotExist();
    }
}
