package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalOverlapScorerTest {

    private final LexicalOverlapScorer scorer = new LexicalOverlapScorer();

    @Test
    void scoresTokenF1OfContentWordsOnZeroToTen() {
        // prompt content words: capital, france (2); response: capital, france, paris (3); common 2
        // precision 2/3, recall 1, F1 0.8
        List<Double> scores = scorer.score("What is the capital of France?",
                List.of("The capital of France is Paris.", "Photosynthesis feeds plants.", "France, capital?", ""));

        assertThat(scores.get(0)).isCloseTo(8.0, within(1e-9));
        assertThat(scores.get(1)).isZero();
        assertThat(scores.get(2)).isCloseTo(10.0, within(1e-9));
        assertThat(scores.get(3)).isZero();
    }

    @Test
    void countsRepeatedTokensOnlyAsOftenAsThePromptHasThem() {
        // prompt: paris (1); response: paris x3; common 1, precision 1/3, recall 1, F1 0.5
        assertThat(scorer.score("Paris?", List.of("Paris paris PARIS")).get(0)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void singleResponseScoreIsExactlyTheRoundScore() {
        String prompt = "What is the capital of France?";
        for (String response : List.of("The capital of France is Paris.", "Paris paris, France's capital city", "")) {
            assertThat(LexicalOverlapScorer.score(prompt, response)).isEqualTo(scorer.score(prompt, List.of(response)).get(0));
        }
    }
}
