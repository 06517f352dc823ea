package dev.concord.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureTest {

    private final EventCodec codec = new EventCodec();
    private final KeyPair keys = NodeKeys.generate();
    private final EventSigner signer = new EventSigner("eval-1", keys.getPrivate(), codec);
    private final SignatureVerifier verifier = new SignatureVerifier(codec);

    @Test
    void signedSheetVerifiesWithTheSignersKey() {
        ScoreSheet signed = signer.sign(SampleEvents.scoreSheet());
        assertThat(signed.signature()).isNotBlank();
        assertThat(verifier.verify(signed, keys.getPublic())).isTrue();
    }

    @Test
    void signatureSurvivesTheWireForm() {
        ScoreSheet signed = signer.sign(SampleEvents.scoreSheet());
        ScoreSheet received = codec.decode(codec.encode(signed), ScoreSheet.class);
        assertThat(verifier.verify(received, keys.getPublic())).isTrue();
    }

    @Test
    void tamperedScoreFailsVerification() {
        ScoreSheet signed = signer.sign(SampleEvents.scoreSheet());
        ScoreSheet tampered = new ScoreSheet(1, signed.requestId(), signed.evaluatorId(), signed.scorer(),
                List.of(new Score("inf-a", 10.0), new Score("inf-b", 3.5)), signed.createdAt(), signed.signature());
        assertThat(verifier.verify(tampered, keys.getPublic())).isFalse();
    }

    @Test
    void anotherNodesKeyFailsVerification() {
        ScoreSheet signed = signer.sign(SampleEvents.scoreSheet());
        assertThat(verifier.verify(signed, NodeKeys.generate().getPublic())).isFalse();
    }

    @Test
    void unsignedAndGarbageSignaturesFail() {
        assertThat(verifier.verify(SampleEvents.scoreSheet(), keys.getPublic())).isFalse();
        assertThat(verifier.verify(SampleEvents.scoreSheet().withSignature("not base64!"), keys.getPublic())).isFalse();
    }

    @Test
    void aNodeCannotSignForAnother() {
        EventSigner other = new EventSigner("eval-2", keys.getPrivate(), codec);
        assertThatThrownBy(() -> other.sign(SampleEvents.scoreSheet())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysRoundTripThroughTheirTextForms() {
        assertThat(NodeKeys.decodePublic(NodeKeys.encodePublic(keys.getPublic()))).isEqualTo(keys.getPublic());
        assertThat(NodeKeys.decodePrivate(NodeKeys.encodePrivate(keys.getPrivate())).getEncoded())
                .isEqualTo(keys.getPrivate().getEncoded());
        assertThatThrownBy(() -> NodeKeys.decodePublic("AAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
