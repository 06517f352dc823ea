package dev.concord.consensus.web;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.ScoreSheet;
import java.util.List;

/**
 * Everything needed to re-verify and recompute a round: the prompt, the signed responses and score sheets as they
 * arrived, the rule, and the decision with the weights used.
 */
public record RoundEvidence(String requestId, String status, String rule, PromptRequest prompt,
                            List<InferenceResponse> responses, List<ScoreSheet> scoreSheets, RoundDecision decision) {
}
