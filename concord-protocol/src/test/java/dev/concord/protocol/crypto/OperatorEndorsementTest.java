package dev.concord.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.event.NodeRole;
import java.security.KeyPair;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorEndorsementTest {

    private final KeyPair operator = NodeKeys.generate();
    private final String operatorId = OperatorIds.of(operator.getPublic());
    private final String nodeKey = NodeKeys.encodePublic(NodeKeys.generate().getPublic());
    private final OperatorEndorsement endorsement = new OperatorEndorsement("ch-1", "nonce-1", "inf-1", nodeKey,
            NodeRole.INFERENCE, operatorId);

    @Test
    void theOperatorsSignatureVerifiesWithItsKey() {
        assertThat(endorsement.verify(operator.getPublic(), endorsement.sign(operator.getPrivate()))).isTrue();
    }

    @Test
    void aSignatureForOneNodeServesNoOtherChallengeNodeKeyRoleOrOperator() {
        String signature = endorsement.sign(operator.getPrivate());
        String otherNodeKey = NodeKeys.encodePublic(NodeKeys.generate().getPublic());
        KeyPair otherOperator = NodeKeys.generate();

        List<OperatorEndorsement> altered = List.of(
                new OperatorEndorsement("ch-2", "nonce-1", "inf-1", nodeKey, NodeRole.INFERENCE, operatorId),
                new OperatorEndorsement("ch-1", "nonce-2", "inf-1", nodeKey, NodeRole.INFERENCE, operatorId),
                new OperatorEndorsement("ch-1", "nonce-1", "inf-2", nodeKey, NodeRole.INFERENCE, operatorId),
                new OperatorEndorsement("ch-1", "nonce-1", "inf-1", otherNodeKey, NodeRole.INFERENCE, operatorId),
                new OperatorEndorsement("ch-1", "nonce-1", "inf-1", nodeKey, NodeRole.EVALUATOR, operatorId),
                new OperatorEndorsement("ch-1", "nonce-1", "inf-1", nodeKey, NodeRole.INFERENCE,
                        OperatorIds.of(otherOperator.getPublic())));

        assertThat(altered).allSatisfy(e -> assertThat(e.verify(operator.getPublic(), signature)).as(e.toString())
                .isFalse());
    }

    @Test
    void anotherKeyCannotEndorseUnderThisOperatorsIdEvenWithAValidSignature() {
        KeyPair attacker = NodeKeys.generate();

        String attackerSignature = endorsement.sign(attacker.getPrivate());

        assertThat(endorsement.verify(attacker.getPublic(), attackerSignature)).as("the id is not the attacker's")
                .isFalse();
        assertThat(endorsement.verify(operator.getPublic(), attackerSignature)).isFalse();
    }

    @Test
    void missingOrMalformedSignaturesFail() {
        assertThat(endorsement.verify(operator.getPublic(), null)).isFalse();
        assertThat(endorsement.verify(operator.getPublic(), "not base64!")).isFalse();
        assertThat(endorsement.verify(operator.getPublic(), "AAAA")).isFalse();
    }

    @Test
    void theSignedBytesArePinned() {
        // agents sign and reward-service verifies in different services: the bytes signed must never drift
        assertThat(HexFormat.of().formatHex(new OperatorEndorsement("ch-1", "n-1", "inf-a", "pk",
                NodeRole.INFERENCE, "op-x").signingBytes())).isEqualTo("0000001f636f6e636f72642d6f70657261746f722d"
                + "656e646f7273656d656e742f76310000000463682d31000000036e2d3100000005696e662d6100000002706b000000"
                + "09494e464552454e4345000000046f702d78");
    }

    @Test
    void fieldsAreLengthPrefixedSoShiftingABoundaryChangesTheBytes() {
        OperatorEndorsement a = new OperatorEndorsement("ab", "c", "n", nodeKey, NodeRole.INFERENCE, operatorId);
        OperatorEndorsement b = new OperatorEndorsement("a", "bc", "n", nodeKey, NodeRole.INFERENCE, operatorId);

        assertThat(a.signingBytes()).isNotEqualTo(b.signingBytes());
        assertThat(b.verify(operator.getPublic(), a.sign(operator.getPrivate()))).isFalse();
    }

    @Test
    void aRegistrationProofIsNotAnEndorsement() {
        // the node proof and the endorsement are signed by different keys, but an operator may reuse a key: the
        // domain tags keep one kind of signature from passing for the other
        String proof = RegistrationProof.sign(operator.getPrivate(), "inf-1", "nonce-1");
        assertThat(endorsement.verify(operator.getPublic(), proof)).isFalse();
    }

    @Test
    void everyFieldIsRequired() {
        assertThatThrownBy(() -> new OperatorEndorsement("ch-1", "nonce-1", "inf-1", nodeKey, null, operatorId))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
