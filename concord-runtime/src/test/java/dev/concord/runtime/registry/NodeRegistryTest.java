package dev.concord.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.RegistryAuthority;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeRegistryTest {

    private final EventCodec codec = new EventCodec();
    private final NodeRegistry registry = new NodeRegistry(new SignatureVerifier(codec));
    private final KeyPair keys = NodeKeys.generate();

    @Test
    void acceptsAnEntrySignedByTheKeyItAnnounces() {
        assertThat(registry.apply(entry("eval-1", keys, keys, NodeStatus.ACTIVE))).isTrue();
        assertThat(registry.active(NodeRole.EVALUATOR)).extracting(RegistryEntry::nodeId).containsExactly("eval-1");
    }

    @Test
    void rejectsAnEntrySignedByAnotherKey() {
        assertThat(registry.apply(entry("eval-1", keys, NodeKeys.generate(), NodeStatus.ACTIVE))).isFalse();
        assertThat(registry.node("eval-1")).isEmpty();
    }

    @Test
    void aNodeIdCannotBeTakenOverWithANewKey() {
        registry.apply(entry("eval-1", keys, keys, NodeStatus.ACTIVE));
        KeyPair intruder = NodeKeys.generate();
        assertThat(registry.apply(entry("eval-1", intruder, intruder, NodeStatus.ACTIVE))).isFalse();
        assertThat(registry.node("eval-1").orElseThrow().publicKey()).isEqualTo(NodeKeys.encodePublic(keys.getPublic()));
    }

    @Test
    void versionChangesWithContentAndIsTheSameForTheSameContent() {
        RegistryEntry entry = entry("eval-1", keys, keys, NodeStatus.ACTIVE);
        registry.apply(entry);
        NodeRegistry other = new NodeRegistry(new SignatureVerifier(codec));
        other.apply(entry);
        assertThat(other.version()).isEqualTo(registry.version());
        long before = registry.version();
        registry.apply(entry("eval-1", keys, keys, NodeStatus.EXITED));
        assertThat(registry.version()).isNotEqualTo(before);
        assertThat(registry.active(NodeRole.EVALUATOR)).isEmpty();
    }

    @Test
    void requireSignedByChecksSignerRoleStatusAndSignature() {
        registry.apply(entry("eval-1", keys, keys, NodeStatus.ACTIVE));
        ScoreSheet sheet = new EventSigner("eval-1", keys.getPrivate(), codec).sign(sheet("eval-1"));
        registry.requireSignedBy(sheet, NodeRole.EVALUATOR);

        assertThatThrownBy(() -> registry.requireSignedBy(sheet, NodeRole.INFERENCE)).isInstanceOf(InvalidEventException.class);
        ScoreSheet forged = new EventSigner("eval-1", NodeKeys.generate().getPrivate(), codec).sign(sheet("eval-1"));
        assertThatThrownBy(() -> registry.requireSignedBy(forged, NodeRole.EVALUATOR))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("bad signature");
        assertThatThrownBy(() -> registry.requireSignedBy(sheet("eval-9"), NodeRole.EVALUATOR))
                .isInstanceOf(UnknownSignerException.class);

        registry.apply(entry("eval-1", keys, keys, NodeStatus.JAILED));
        assertThatThrownBy(() -> registry.requireSignedBy(sheet, NodeRole.EVALUATOR))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("JAILED");
    }

    @Test
    void withARegistryAuthorityOnlyEntriesItSignedAreAccepted() {
        KeyPair authority = NodeKeys.generate();
        NodeRegistry governed = new NodeRegistry(new SignatureVerifier(codec), authority.getPublic());
        RegistryEntry selfSigned = entry("eval-1", keys, keys, NodeStatus.ACTIVE);

        assertThat(governed.apply(selfSigned)).as("self-announced").isFalse();
        assertThat(governed.apply(new RegistryAuthority(authority.getPrivate(), codec).sign(selfSigned))).isTrue();
        assertThat(governed.active(NodeRole.EVALUATOR)).extracting(RegistryEntry::nodeId).containsExactly("eval-1");
        assertThat(governed.apply(new RegistryAuthority(NodeKeys.generate().getPrivate(), codec).sign(selfSigned)))
                .as("signed by another authority").isFalse();
    }

    private RegistryEntry entry(String id, KeyPair announced, KeyPair signing, NodeStatus status) {
        RegistryEntry entry = new RegistryEntry(RegistryEntry.VERSION, id, NodeRole.EVALUATOR, "op-1",
                NodeKeys.encodePublic(announced.getPublic()), "minilm", 100, 1_000, status, Instant.now(), null);
        return new EventSigner(id, signing.getPrivate(), codec).sign(entry);
    }

    private static ScoreSheet sheet(String evaluator) {
        return new ScoreSheet(ScoreSheet.VERSION, "req-1", evaluator, "minilm", List.of(new Score("inf-1", 5)),
                Instant.now(), null);
    }
}
