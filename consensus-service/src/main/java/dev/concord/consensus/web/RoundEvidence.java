package dev.concord.consensus.web;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.ScoreSheet;
import java.util.List;

/**
 * Everything needed to re-verify and recompute a round: the prompt, the signed commitments, responses and score
 * sheets as they arrived, the nodes' faults, the rule, and the decision with the weights used.
 */
public record RoundEvidence(String requestId, String status, String rule, PromptRequest prompt,
                            List<ResponseCommitment> commitments, List<InferenceResponse> responses,
                            List<NodeFault> faults, List<ScoreSheet> scoreSheets, RoundDecision decision) {
}
