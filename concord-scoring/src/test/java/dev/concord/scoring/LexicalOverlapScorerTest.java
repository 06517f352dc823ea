package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalOverlapScorerTest {

    private final LexicalOverlapScorer scorer = new LexicalOverlapScorer();

    @Test
    void overlapIsTokenF1OfContentWords() {
        // prompt content words: capital, france (2); response: capital, france, paris (3); common 2
        // precision 2/3, recall 1, F1 0.8
        String prompt = "What is the capital of France?";
        assertThat(LexicalOverlapScorer.overlap(prompt, "The capital of France is Paris.")).isCloseTo(0.8, within(1e-9));
        assertThat(LexicalOverlapScorer.overlap(prompt, "Photosynthesis feeds plants.")).isZero();
        assertThat(LexicalOverlapScorer.overlap(prompt, "France, capital?")).isCloseTo(1.0, within(1e-9));
        assertThat(LexicalOverlapScorer.overlap(prompt, "")).isZero();
    }

    @Test
    void countsRepeatedTokensOnlyAsOftenAsThePromptHasThem() {
        // prompt: paris (1); response: paris x3; common 1, precision 1/3, recall 1, F1 0.5
        assertThat(LexicalOverlapScorer.overlap("Paris?", "Paris paris PARIS")).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void scoresAreTheFittedCurveOfTheOverlapOnZeroToTen() {
        Calibration curve = Calibration.load("lexical", LexicalOverlapScorer.ID);
        String prompt = "What is the capital of France?";
        List<String> responses = List.of("The capital of France is Paris.", "Photosynthesis feeds plants.", "");

        List<Double> scores = scorer.score(prompt, responses);

        for (int i = 0; i < responses.size(); i++) {
            assertThat(scores.get(i)).isEqualTo(curve.toScore(LexicalOverlapScorer.overlap(prompt, responses.get(i))))
                    .isBetween(0.0, 10.0);
        }
        assertThat(scores.get(0)).isGreaterThan(scores.get(1));
    }

    @Test
    void singleResponseScoreIsExactlyTheRoundScore() {
        String prompt = "What is the capital of France?";
        for (String response : List.of("The capital of France is Paris.", "Paris paris, France's capital city", "")) {
            assertThat(LexicalOverlapScorer.score(prompt, response)).isEqualTo(scorer.score(prompt, List.of(response)).get(0));
        }
    }
}
