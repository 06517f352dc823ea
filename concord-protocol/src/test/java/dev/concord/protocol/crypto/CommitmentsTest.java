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
    void fieldsAreLengthPrefixedSoShiftingABoundaryChangesTheHash() {
        assertThat(Commitments.of("ab", "c", "n", "x")).isNotEqualTo(Commitments.of("a", "bc", "n", "x"));
    }

    @Test
    void noncesAreFresh() {
        assertThat(Commitments.newNonce()).isNotEqualTo(Commitments.newNonce());
    }
}
