package dev.concord.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class OperatorIdsTest {

    @Test
    void theIdIsPinnedForAKnownKey() {
        // RFC 8032 test 1's public key; op- and the first 128 bits of SHA-256 over its X.509 encoding
        String rfc8032Test1 = "MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

        assertThat(OperatorIds.of(NodeKeys.decodePublic(rfc8032Test1))).isEqualTo("op-06e3fd8fda29bb60ab59557de61edb0a");
    }

    @Test
    void oneKeyAlwaysGivesOneWellFormedIdAndAnotherKeyAnother() {
        KeyPair key = NodeKeys.generate();
        String id = OperatorIds.of(key.getPublic());

        assertThat(OperatorIds.of(NodeKeys.decodePublic(NodeKeys.encodePublic(key.getPublic())))).isEqualTo(id);
        assertThat(id).hasSize(OperatorIds.PREFIX.length() + OperatorIds.HEX_DIGITS);
        assertThat(OperatorIds.isWellFormed(id)).isTrue();
        assertThat(OperatorIds.of(NodeKeys.generate().getPublic())).isNotEqualTo(id);
    }

    @Test
    void declaredIdsAreNotWellFormed() {
        assertThat(OperatorIds.isWellFormed("op-e1")).isFalse();
        assertThat(OperatorIds.isWellFormed("op-06E3FD8FDA29BB60AB59557DE61EDB0A")).isFalse();
        assertThat(OperatorIds.isWellFormed(null)).isFalse();
    }
}
