package dev.concord.consensus.web;

import dev.concord.consensus.persistence.StoredRound;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.selection.RoundSelection;
import dev.concord.protocol.selection.RoundSelection.Selection;
import dev.concord.protocol.selection.SeededSelection;

/**
 * A round's selection recomputed from what was stored with it: the seed from the request id and registry version,
 * then N inference nodes and K evaluators from the round's registry snapshot, set against the nodes the round used.
 *
 * @param algorithm               the selection algorithm that chose the round's nodes, the one recomputing them
 * @param seedMatches             the prompt's seed is SHA-256(requestId:registryVersion)
 * @param registryVersion         the version the gateway selected at (in the prompt)
 * @param snapshotRegistryVersion the version of consensus's registry copy when it stored the snapshot
 * @param used                    the prompt's inference nodes; the evaluators consensus selected (empty before scoring)
 * @param recomputed              what the shared selection code gives from the snapshot
 * @param matches                 seed, inference nodes and (once selected) evaluators all agree
 */
public record SelectionCheck(String requestId, String algorithm, String seed, boolean seedMatches,
                             long registryVersion, long snapshotRegistryVersion, Selection used, Selection recomputed, boolean matches) {

    static SelectionCheck of(StoredRound round) {
        PromptRequest prompt = round.prompt();
        Selection used = new Selection(prompt.inferenceNodes(), round.evaluators());
        Selection recomputed = RoundSelection.recompute(prompt.selectionSeed(), round.snapshot(), prompt.model(),
                prompt.inferenceNodes().size(), prompt.evaluatorCount());
        boolean seedMatches = SeededSelection.seed(prompt.requestId(), prompt.registryVersion())
                .equals(prompt.selectionSeed());
        boolean evaluatorsAgree = round.evaluators().isEmpty()
                || round.evaluators().equals(recomputed.evaluators());
        return new SelectionCheck(prompt.requestId(), prompt.selectionAlgorithm(), prompt.selectionSeed(), seedMatches,
                prompt.registryVersion(), round.snapshot().registryVersion(), used, recomputed,
                seedMatches && used.inferenceNodes().equals(recomputed.inferenceNodes()) && evaluatorsAgree);
    }
}
