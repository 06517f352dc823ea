package dev.concord.runtime.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorKeyStoreTest {

    @TempDir
    Path keys;

    @Test
    void anOperatorWithoutConfiguredKeyGetsOneOnFirstUseAndKeepsItAcrossRestarts() throws Exception {
        OperatorKey first = new OperatorKeyStore(keys, Map.of()).load("op-e1");
        OperatorKey again = new OperatorKeyStore(keys, Map.of()).load("op-e1");

        assertThat(again.operatorId()).isEqualTo(first.operatorId())
                .isEqualTo(OperatorIds.of(first.keys().getPublic())).isNotEqualTo("op-e1");
        assertThat(new OperatorKeyStore(keys, Map.of()).load("op-e2").operatorId()).isNotEqualTo(first.operatorId());
        Path file = keys.resolve("op-e1.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aConfiguredKeyFileOrKeyMaterialIsUsedAsIs() throws Exception {
        KeyPair pair = NodeKeys.generate();
        String privateKey = NodeKeys.encodePrivate(pair.getPrivate());
        String publicKey = NodeKeys.encodePublic(pair.getPublic());
        Path file = Files.write(keys.resolve("elsewhere.key"), List.of(privateKey, publicKey));

        OperatorKeyStore store = new OperatorKeyStore(keys, Map.of(
                "from-file", new OperatorKeySource(file, null, null),
                "from-secret", new OperatorKeySource(null, privateKey, publicKey)));

        assertThat(store.load("from-file").operatorId()).isEqualTo(OperatorIds.of(pair.getPublic()));
        assertThat(store.load("from-secret").operatorId()).isEqualTo(OperatorIds.of(pair.getPublic()));
        assertThat(keys.resolve("from-file.key")).doesNotExist();
    }

    @Test
    void aMissingKeyFileOrMismatchedMaterialStopsTheAgentInsteadOfMakingANewOperator() {
        Path missing = keys.resolve("typo.key");
        String otherPublic = NodeKeys.encodePublic(NodeKeys.generate().getPublic());
        OperatorKeyStore store = new OperatorKeyStore(keys, Map.of(
                "missing", new OperatorKeySource(missing, null, null),
                "mismatched", new OperatorKeySource(null,
                        NodeKeys.encodePrivate(NodeKeys.generate().getPrivate()), otherPublic)));

        assertThatThrownBy(() -> store.load("missing")).hasMessageContaining("typo.key").hasMessageContaining("missing");
        assertThat(missing).doesNotExist();
        assertThatThrownBy(() -> store.load("mismatched")).hasMessageContaining("not the private key's");
    }

    @Test
    void aSourceIsAFileOrMaterialNotBothAndMaterialNeedsBothHalves() {
        assertThatThrownBy(() -> new OperatorKeySource(keys.resolve("a.key"), "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OperatorKeySource(null, "x", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
