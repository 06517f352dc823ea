package dev.concord.gateway.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import java.time.Instant;

/**
 * One step of a round as a client watching it sees it. Node ids and counts only: the answers themselves are the
 * client's once decided, and every response and score sheet is in the round's evidence.
 *
 * @param stage    {@value #PROMPT_ACCEPTED}, {@value #COMMITMENT}, {@value #RESPONSE}, {@value #SCORE_SHEET} or
 *                 {@value #DECISION}
 * @param node     the inference node that committed or answered, or the evaluator that scored
 * @param received how many commitments (responses, score sheets) have arrived, this one included
 * @param expected how many the round waits for at most: N commitments and responses, K score sheets
 * @param status   the round's status, on the decision
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundStage(String stage,
                         @JsonProperty("round_id") String roundId,
                         Instant at,
                         String node,
                         Integer received,
                         Integer expected,
                         String status,
                         @JsonProperty("winner_node") String winnerNode,
                         @JsonProperty("winner_score") Double winnerScore) {

    public static final String PROMPT_ACCEPTED = "prompt_accepted";
    /** A node committed to its answer (a hash); the answer itself is revealed once every node committed. */
    public static final String COMMITMENT = "commitment";
    public static final String RESPONSE = "response";
    public static final String SCORE_SHEET = "score_sheet";
    public static final String DECISION = "decision";

    /** The last stage of a round that came back with a decision. */
    public static RoundStage decision(RoundDecision decision) {
        boolean decided = decision.status() == RoundStatus.DECIDED;
        return new RoundStage(DECISION, decision.requestId(), decision.decidedAt(), null, null, null,
                decision.status().name(), decided ? decision.winnerNodeId() : null, decided ? decision.winnerScore() : null);
    }

    /** The last stage of a round whose decision never came back ({@code TIMED_OUT}). */
    public static RoundStage unfinished(String roundId, String status, Instant at) {
        return new RoundStage(DECISION, roundId, at, null, null, null, status, null, null);
    }

    public boolean last() {
        return DECISION.equals(stage);
    }
}
