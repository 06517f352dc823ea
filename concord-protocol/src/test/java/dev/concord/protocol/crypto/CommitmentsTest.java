package dev.concord.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitmentsTest {

    private final String nonce = Commitments.newNonce();
    private final String commitment = Commitments.of("req-1", "inf-a", nonce, "Paris.");

    @Test
    void theCommittedAnswerMatches() {
        assertThat(commitment).hasSize(64).matches("[0-9a-f]+");
        assertThat(Commitments.matches(commitment, "req-1", "inf-a", nonce, "Paris.")).isTrue();
    }

    @Test
    void anyOtherAnswerNonceNodeOrRoundDoesNot() {
        assertThat(Commitments.matches(commitment, "req-1", "inf-a", nonce, "Paris")).isFalse();
        assertThat(Commitments.matches(commitment, "req-1", "inf-a", Commitments.newNonce(), "Paris.")).isFalse();
        assertThat(Commitments.matches(commitment, "req-1", "inf-b", nonce, "Paris.")).isFalse();
        assertThat(Commitments.matches(commitment, "req-2", "inf-a", nonce, "Paris.")).isFalse();
        assertThat(Commitments.matches(commitment, "req-1", "inf-a", null, "Paris.")).isFalse();
    }

    @Test
    void theHashIsPinnedForKnownFields() {
        // inference nodes commit and consensus checks in different services: the bytes hashed must never drift
        assertThat(Commitments.of("req-1", "inf-a", "bm9uY2U=", "Paris."))
                .isEqualTo("8b33e899a6838681ade48c16dbea96f08f0f9fae2dd982d281203b1876b66bf9");
    }

    @Test
    void fieldsAreLengthPrefixedSoShiftingABoundaryChangesTheHash() {
        assertThat(Commitments.of("ab", "c", "n", "x")).isNotEqualTo(Commitments.of("a", "bc", "n", "x"));
    }

    @Test
    void noncesAreFresh() {
        assertThat(Commitments.newNonce()).isNotEqualTo(Commitments.newNonce());
    }
}
