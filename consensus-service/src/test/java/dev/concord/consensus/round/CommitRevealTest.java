package dev.concord.consensus.round;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.ResponseCommitment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitRevealTest {

    private static final List<String> SELECTED = List.of("a", "b", "c");

    @Test
    void theWindowClosesWhenEverySelectedNodeCommittedOrExcludedItself() {
        CommitReveal partial = new CommitReveal(SELECTED, List.of(commitment("a", "x")), List.of(), List.of());
        assertThat(partial.commitWindowComplete()).isFalse();
        assertThat(partial.eligible()).containsExactly("a");

        CommitReveal settled = new CommitReveal(SELECTED, List.of(commitment("c", "z"), commitment("a", "x")),
                List.of(fault("b", FaultKind.EARLY_REVEAL)), List.of());
        assertThat(settled.commitWindowComplete()).isTrue();
        assertThat(settled.eligible()).as("in selection order, without the early revealer").containsExactly("a", "c");
    }

    @Test
    void commitmentsOfNodesTheRoundDidNotSelectDoNotCount() {
        CommitReveal round = new CommitReveal(List.of("a"), List.of(commitment("intruder", "x")), List.of(), List.of());
        assertThat(round.eligible()).isEmpty();
        assertThat(round.commitWindowComplete()).isFalse();
    }

    @Test
    void silentNodesAreEligibleOnesThatNeitherOpenedNorMismatched() {
        Reveal a = reveal("a", "Paris.");
        CommitReveal round = new CommitReveal(SELECTED, List.of(a.commitment, commitment("b", "y"), commitment("c", "z")),
                List.of(fault("b", FaultKind.COMMITMENT_MISMATCH)), List.of(a.response));
        assertThat(round.openedAnswers()).extracting(InferenceResponse::nodeId).containsExactly("a");
        assertThat(round.silent()).containsExactly("c");
    }

    @Test
    void aRevealOpensOnlyItsOwnCommitment() {
        Reveal a = reveal("a", "Paris.");
        assertThat(CommitReveal.check(a.commitment, a.response)).isEmpty();

        InferenceResponse other = response("a", "Rome.", a.response.nonce());
        assertThat(CommitReveal.check(a.commitment, other)).hasValueSatisfying(fault -> {
            assertThat(fault.kind()).isEqualTo(FaultKind.COMMITMENT_MISMATCH);
            assertThat(fault.evidence()).contains(a.commitment.commitment());
        });
        assertThat(CommitReveal.check(a.commitment, response("a", "Paris.", null)))
                .hasValueSatisfying(fault -> assertThat(fault.evidence()).endsWith("no nonce"));
    }

    private record Reveal(ResponseCommitment commitment, InferenceResponse response) {
    }

    private static Reveal reveal(String node, String content) {
        String nonce = Commitments.newNonce();
        return new Reveal(new ResponseCommitment(1, "r", node, Commitments.of("r", node, nonce, content), Instant.EPOCH,
                "sig"), response(node, content, nonce));
    }

    private static ResponseCommitment commitment(String node, String hash) {
        return new ResponseCommitment(1, "r", node, hash, Instant.EPOCH, "sig");
    }

    private static InferenceResponse response(String node, String content, String nonce) {
        return new InferenceResponse(1, "r", node, "m", content, 5, 5, 10, 10, Instant.EPOCH, nonce, "sig");
    }

    private static NodeFault fault(String node, FaultKind kind) {
        return new NodeFault(node, kind, "test");
    }
}
