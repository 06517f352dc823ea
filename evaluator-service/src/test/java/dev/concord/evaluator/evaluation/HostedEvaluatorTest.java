package dev.concord.evaluator.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.evaluator.evaluation.Fixtures.CountingScorer;
import dev.concord.evaluator.injection.InjectionPolicy;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.quality.attack.BoostingAttack;
import dev.concord.quality.attack.InvertedAttack;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostedEvaluatorTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private final KeyPair keys = NodeKeys.generate();
    private final HostedEvaluator evaluator = Fixtures.evaluator("eval-1", new CountingScorer("test:fixed@1", r -> 5.0), keys);

    @Test
    void sheetHasOneScorePerResponseInOrderAndIsSignedByTheNode() {
        ScoreSheet sheet = evaluator.sheet(Fixtures.task("r-1", NOW, List.of("eval-1"), "a", "b"), List.of(7.5, 2.0),
                List.of(false, false), InjectionPolicy.DEFAULT, NOW);

        assertThat(sheet.scores()).containsExactly(new Score("inf-1", 7.5), new Score("inf-2", 2.0));
        assertThat(sheet.evaluatorId()).isEqualTo("eval-1");
        assertThat(sheet.scorer()).isEqualTo("test:fixed@1");
        assertThat(sheet.requestId()).isEqualTo("r-1");
        assertThat(new SignatureVerifier(Fixtures.CODEC).verify(sheet, keys.getPublic())).isTrue();
        assertThat(new SignatureVerifier(Fixtures.CODEC).verify(sheet, NodeKeys.generate().getPublic())).isFalse();
    }

    @Test
    void clampsEveryValueIntoZeroToTenAndNonFiniteToZero() {
        List<Double> raw = Arrays.asList(-1.0, 11.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null, 3.25);
        String[] responses = raw.stream().map(v -> "r").toArray(String[]::new);

        ScoreSheet sheet = evaluator.sheet(Fixtures.task("r-2", NOW, List.of("eval-1"), responses), raw,
                raw.stream().map(v -> false).toList(), InjectionPolicy.DEFAULT, NOW);

        assertThat(sheet.scores()).extracting(Score::value).containsExactly(0.0, 10.0, 0.0, 0.0, 0.0, 0.0, 3.25);
    }

    @Test
    void refusesAScoreCountThatDoesNotMatchTheResponses() {
        assertThatThrownBy(() -> evaluator.sheet(Fixtures.task("r-3", NOW, List.of("eval-1"), "a", "b"), List.of(1.0),
                List.of(false), InjectionPolicy.DEFAULT, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("r-3");
    }

    @Test
    void aFlaggedResponseIsCappedAndCarriesTheFlagOnTheSignedSheet() {
        ScoreSheet sheet = evaluator.sheet(Fixtures.task("r-4", NOW, List.of("eval-1"), "a", "b"), List.of(9.0, 6.0),
                List.of(true, false), new InjectionPolicy(true, 2.0), NOW);

        assertThat(sheet.scores()).containsExactly(new Score("inf-1", 2.0, List.of(Score.PROMPT_INJECTION)),
                new Score("inf-2", 6.0));
        assertThat(new SignatureVerifier(Fixtures.CODEC).verify(sheet, keys.getPublic())).isTrue();
    }

    @Test
    void anAttackingNodeSubmitsWhatItsAttackModelMakesOfItsHonestScores() {
        HostedEvaluator booster = new HostedEvaluator("eval-1", new CountingScorer("test:fixed@1", r -> 5.0),
                new EventSigner("eval-1", keys.getPrivate(), Fixtures.CODEC), new BoostingAttack(3));
        HostedEvaluator inverter = new HostedEvaluator("eval-1", new CountingScorer("test:fixed@1", r -> 5.0),
                new EventSigner("eval-1", keys.getPrivate(), Fixtures.CODEC), new InvertedAttack());

        assertThat(booster.sheet(Fixtures.task("r-5", NOW, List.of("eval-1"), "a", "b"), List.of(8.0, 2.0),
                List.of(false, false), InjectionPolicy.DEFAULT, NOW).scores()).extracting(Score::value)
                .containsExactly(10.0, 5.0);
        assertThat(inverter.sheet(Fixtures.task("r-5", NOW, List.of("eval-1"), "a", "b"), List.of(8.0, 2.0),
                List.of(false, false), InjectionPolicy.DEFAULT, NOW).scores()).extracting(Score::value)
                .containsExactly(2.0, 8.0);
    }
}
