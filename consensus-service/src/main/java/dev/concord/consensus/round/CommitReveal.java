package dev.concord.consensus.round;

import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.ResponseCommitment;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round's commit-reveal state (PROOF-OF-QUALITY.md step 2), computed from what consensus stored: the nodes the
 * prompt selected, their commitments, the nodes excluded for revealing early or revealing a different answer, and
 * the answers that opened their commitments. Pure, so the lifecycle and its tests share one definition.
 */
public record CommitReveal(List<String> selected, List<ResponseCommitment> commitments, List<NodeFault> faults,
                           List<InferenceResponse> revealed) {

    public CommitReveal {
        selected = List.copyOf(selected);
        commitments = List.copyOf(commitments);
        faults = List.copyOf(faults);
        revealed = List.copyOf(revealed);
    }

    /** Selected nodes that committed and did not reveal early: the ones asked to reveal, in selection order. */
    public List<String> eligible() {
        Set<String> committed = commitments.stream().map(ResponseCommitment::nodeId).collect(Collectors.toSet());
        Set<String> early = nodesWith(FaultKind.EARLY_REVEAL);
        return selected.stream().distinct().filter(committed::contains).filter(id -> !early.contains(id)).toList();
    }

    /** Every selected node has committed or excluded itself: the commit window can close before its deadline. */
    public boolean commitWindowComplete() {
        Set<String> settled = commitments.stream().map(ResponseCommitment::nodeId).collect(Collectors.toSet());
        settled.addAll(nodesWith(FaultKind.EARLY_REVEAL));
        return settled.containsAll(selected);
    }

    /** The answers of eligible nodes, in selection order. */
    public List<InferenceResponse> openedAnswers() {
        Map<String, InferenceResponse> byNode = revealed.stream()
                .collect(Collectors.toMap(InferenceResponse::nodeId, Function.identity(), (a, b) -> a));
        return eligible().stream().filter(byNode::containsKey).map(byNode::get).toList();
    }

    /** Eligible nodes that have neither opened their commitment nor revealed something else. */
    public List<String> silent() {
        Set<String> answered = openedAnswers().stream().map(InferenceResponse::nodeId).collect(Collectors.toSet());
        answered.addAll(nodesWith(FaultKind.COMMITMENT_MISMATCH));
        return eligible().stream().filter(id -> !answered.contains(id)).toList();
    }

    /** The fault of a reveal that does not open its node's commitment, or empty when it does. */
    public static Optional<NodeFault> check(ResponseCommitment commitment, InferenceResponse reveal) {
        if (Commitments.matches(commitment.commitment(), reveal.requestId(), reveal.nodeId(), reveal.nonce(),
                reveal.content())) {
            return Optional.empty();
        }
        String opened = reveal.nonce() == null ? "no nonce"
                : Commitments.of(reveal.requestId(), reveal.nodeId(), reveal.nonce(), reveal.content());
        return Optional.of(new NodeFault(reveal.nodeId(), FaultKind.COMMITMENT_MISMATCH,
                "committed " + commitment.commitment() + ", revealed " + opened));
    }

    private Set<String> nodesWith(FaultKind kind) {
        return faults.stream().filter(f -> f.kind() == kind).map(NodeFault::nodeId)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
