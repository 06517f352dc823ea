package dev.concord.consensus.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.quality.aggregation.AggregationRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdjudicatorTest {

    private final InferenceResponse a = response("a", 100, 50);
    private final InferenceResponse b = response("b", 100, 50);

    @Test
    void highestConsensusWinsAndAMinorityOutlierCannotFlipTheMedian() {
        List<ScoreSheet> sheets = List.of(sheet("e1", 8, 3), sheet("e2", 7, 4), sheet("e3", 0, 10));
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, equal(sheets), AggregationRules.byName("median"));
        assertThat(verdict.winner().nodeId()).isEqualTo("a");
        assertThat(verdict.consensusScores()).containsEntry("a", 7.0).containsEntry("b", 4.0);
    }

    @Test
    void theSameOutlierFlipsTheMean() {
        List<ScoreSheet> sheets = List.of(sheet("e1", 8, 3), sheet("e2", 7, 4), sheet("e3", 0, 10));
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, equal(sheets), AggregationRules.byName("mean"));
        assertThat(verdict.winner().nodeId()).isEqualTo("b");
    }

    @Test
    void trustWeightsSteerTheWeightedMean() {
        List<ScoreSheet> sheets = List.of(sheet("e1", 9, 1), sheet("e2", 1, 9));
        Map<String, Double> trustE1 = Map.of("e1", 2.0, "e2", 0.1);
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, trustE1, AggregationRules.byName("weighted-mean"));
        assertThat(verdict.winner().nodeId()).isEqualTo("a");
    }

    @Test
    void tiesGoToLowerCostThenLowerLatencyThenNodeId() {
        InferenceResponse cheap = response("z-cheap", 10, 90);
        InferenceResponse fast = response("y-fast", 100, 5);
        InferenceResponse plain = response("x-plain", 100, 50);
        List<ScoreSheet> sheets = List.of(new ScoreSheet(1, "r", "e1", "s",
                List.of(new Score("z-cheap", 5), new Score("y-fast", 5), new Score("x-plain", 5)), Instant.EPOCH, null));
        assertThat(Adjudicator.decide(List.of(plain, fast, cheap), sheets, equal(sheets), AggregationRules.byName("median"))
                .winner().nodeId()).isEqualTo("z-cheap");
        assertThat(Adjudicator.decide(List.of(plain, fast), sheets, equal(sheets), AggregationRules.byName("median"))
                .winner().nodeId()).isEqualTo("y-fast");
    }

    @Test
    void deviationsAreMeasuredAgainstTheConsensus() {
        List<ScoreSheet> sheets = List.of(sheet("e1", 8, 3), sheet("e2", 7, 4), sheet("e3", 0, 10));
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, equal(sheets), AggregationRules.byName("median"));
        assertThat(verdict.scores().deviation("e2")).isZero();
        assertThat(verdict.scores().deviation("e3")).isCloseTo((0.7 + 0.6) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aResponseMostOfTheWeightFlagsAsAnInjectionCannotWinWhateverItsScore() {
        // a mild penalty (or a boosting minority) leaves the injection on top; the flags of the trusted majority win
        List<ScoreSheet> sheets = List.of(flaggingB("e1", 6, 7), flaggingB("e2", 6, 7), sheet("e3", 2, 10));
        Map<String, Double> weights = Map.of("e1", 1.0, "e2", 1.0, "e3", 1.5);
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, weights, AggregationRules.byName("mean"));
        assertThat(verdict.consensusScores().get("b")).isGreaterThan(verdict.consensusScores().get("a"));
        assertThat(verdict.disqualified()).containsExactly("b");
        assertThat(verdict.winner().nodeId()).isEqualTo("a");
    }

    @Test
    void flagsOfAMinorityOfTheWeightDisqualifyNothing() {
        List<ScoreSheet> sheets = List.of(flaggingB("e1", 2, 9), sheet("e2", 2, 9), sheet("e3", 2, 9));
        Map<String, Double> weights = Map.of("e1", 1.9, "e2", 1.0, "e3", 1.0);
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, weights, AggregationRules.byName("median"));
        assertThat(verdict.disqualified()).isEmpty();
        assertThat(verdict.winner().nodeId()).isEqualTo("b");
    }

    @Test
    void whenEveryResponseIsDisqualifiedTheScoresDecide() {
        List<ScoreSheet> sheets = List.of(new ScoreSheet(1, "r", "e1", "s", List.of(
                new Score("a", 3, List.of(Score.PROMPT_INJECTION)), new Score("b", 1, List.of(Score.PROMPT_INJECTION))),
                Instant.EPOCH, null));
        Verdict verdict = Adjudicator.decide(List.of(a, b), sheets, equal(sheets), AggregationRules.byName("median"));
        assertThat(verdict.disqualified()).containsExactly("a", "b");
        assertThat(verdict.winner().nodeId()).isEqualTo("a");
    }

    @Test
    void aSheetMissingAResponseIsRefused() {
        List<ScoreSheet> sheets = List.of(new ScoreSheet(1, "r", "e1", "s", List.of(new Score("a", 5)), Instant.EPOCH, null));
        assertThatThrownBy(() -> Adjudicator.decide(List.of(a, b), sheets, equal(sheets), AggregationRules.byName("median")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Double> equal(List<ScoreSheet> sheets) {
        return sheets.stream().collect(java.util.stream.Collectors.toMap(ScoreSheet::evaluatorId, s -> 1.0));
    }

    private static InferenceResponse response(String node, long cost, long latency) {
        return new InferenceResponse(1, "r", node, "m", "text of " + node, 5, 5, latency, cost, Instant.EPOCH, "nonce", "sig");
    }

    private static ScoreSheet flaggingB(String evaluator, double scoreA, double scoreB) {
        return new ScoreSheet(1, "r", evaluator, "s", List.of(new Score("a", scoreA),
                new Score("b", scoreB, List.of(Score.PROMPT_INJECTION))), Instant.EPOCH, null);
    }

    private static ScoreSheet sheet(String evaluator, double scoreA, double scoreB) {
        return new ScoreSheet(1, "r", evaluator, "s", List.of(new Score("a", scoreA), new Score("b", scoreB)), Instant.EPOCH, null);
    }
}
