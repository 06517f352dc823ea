package dev.concord.gateway.progress;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.ScoreSheet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * The stages of recent rounds, as this replica reads them from Kafka. Every replica reads every round's events, so
 * a client may watch a round on any replica, not only the one it submitted to. Each round's stages are replayed to
 * late subscribers, and forgotten {@code retention} after the round was first seen.
 */
public class RoundProgress {

    private final Map<String, Round> rounds = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Scheduler scheduler;

    public RoundProgress(Duration retention, Scheduler scheduler) {
        this.retention = retention;
        this.scheduler = scheduler;
    }

    public void promptAccepted(PromptRequest prompt) {
        round(prompt.requestId()).promptAccepted(prompt);
    }

    public void commitment(ResponseCommitment commitment) {
        round(commitment.requestId()).commitment(commitment);
    }

    public void response(InferenceResponse response) {
        round(response.requestId()).response(response);
    }

    public void scoreSheet(ScoreSheet sheet) {
        round(sheet.requestId()).scoreSheet(sheet);
    }

    public void decided(RoundDecision decision) {
        round(decision.requestId()).decided(decision);
    }

    /** The round's stages so far and to come, ending with its decision. */
    public Flux<RoundStage> stages(String roundId) {
        return round(roundId).stages();
    }

    public int size() {
        return rounds.size();
    }

    private Round round(String roundId) {
        return rounds.computeIfAbsent(roundId, id -> {
            Round round = new Round(id);
            scheduler.schedule(() -> rounds.remove(id, round), retention.toMillis(), TimeUnit.MILLISECONDS);
            return round;
        });
    }

    /** One round's stages; events arrive on the listener thread, subscribers come from anywhere. */
    private static final class Round {

        private final String roundId;
        private final Sinks.Many<RoundStage> sink = Sinks.many().replay().all();
        private int expectedResponses;
        private int commitments;
        private int responses;
        private int expectedSheets;
        private int sheets;

        Round(String roundId) {
            this.roundId = roundId;
        }

        synchronized void promptAccepted(PromptRequest prompt) {
            expectedResponses = prompt.inferenceNodes().size();
            expectedSheets = prompt.evaluatorCount();
            emit(new RoundStage(RoundStage.PROMPT_ACCEPTED, roundId, prompt.createdAt(), null, 0, expectedResponses,
                    null, null, null));
        }

        synchronized void commitment(ResponseCommitment commitment) {
            emit(new RoundStage(RoundStage.COMMITMENT, roundId, commitment.createdAt(), commitment.nodeId(),
                    ++commitments, expected(expectedResponses), null, null, null));
        }

        synchronized void response(InferenceResponse response) {
            emit(new RoundStage(RoundStage.RESPONSE, roundId, response.createdAt(), response.nodeId(), ++responses,
                    expected(expectedResponses), null, null, null));
        }

        synchronized void scoreSheet(ScoreSheet sheet) {
            emit(new RoundStage(RoundStage.SCORE_SHEET, roundId, sheet.createdAt(), sheet.evaluatorId(), ++sheets,
                    expected(expectedSheets), null, null, null));
        }

        synchronized void decided(RoundDecision decision) {
            emit(RoundStage.decision(decision));
            sink.tryEmitComplete();
        }

        Flux<RoundStage> stages() {
            return sink.asFlux();
        }

        private void emit(RoundStage stage) {
            sink.tryEmitNext(stage);
        }

        /** Null until the prompt was seen (a replica that started mid-round). */
        private static Integer expected(int expected) {
            return expected == 0 ? null : expected;
        }
    }
}
