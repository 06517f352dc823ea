package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both bi-encoders, with the real models from their jars. */
class BiEncoderScorerTest {

    /** Question, a correct on-topic answer, a fluent off-topic one: the kind of rounds model-sim produces. */
    private static final List<List<String>> ROUNDS = List.of(
            List.of("What is the capital of Australia?",
                    "The capital of Australia is Canberra, chosen as a compromise between Sydney and Melbourne.",
                    "The Great Barrier Reef is the world's largest coral reef system."),
            List.of("Who developed the theory of general relativity?",
                    "Albert Einstein developed general relativity, published in 1915.",
                    "Bread is made from flour, water, yeast and salt."),
            List.of("What gas do plants absorb during photosynthesis?",
                    "Plants absorb carbon dioxide and release oxygen during photosynthesis.",
                    "The stock market closed higher on Friday after strong earnings reports."),
            List.of("How many continents are there on Earth?",
                    "There are seven continents: Africa, Antarctica, Asia, Australia, Europe, North America and South America.",
                    "Python is a programming language known for its readable syntax."));

    private static final EmbeddingCache SHARED = new EmbeddingCache(1_000);

    private static BiEncoderScorer scorer(InJarModel model, EmbeddingCache cache) {
        return new BiEncoderScorer(model.scorerId(), model.encoder(), model.calibration(), cache);
    }

    @ParameterizedTest
    @EnumSource(InJarModel.class)
    void correctOnTopicAnswerOutscoresOffTopicAnswer(InJarModel kind) {
        Scorer scorer = scorer(kind, SHARED);
        for (List<String> round : ROUNDS) {
            List<Double> scores = scorer.score(round.get(0), round.subList(1, 3));

            assertThat(scores).as("%s on %s", scorer.id(), round.get(0)).hasSize(2).allSatisfy(s -> assertThat(s).isBetween(0.0, 10.0));
            assertThat(scores.get(0)).as("%s on %s", scorer.id(), round.get(0)).isGreaterThan(scores.get(1) + 3.0);
        }
    }

    @ParameterizedTest
    @EnumSource(InJarModel.class)
    void oneBatchScoresEachResponseAsScoringItAloneWould(InJarModel kind) {
        BiEncoderScorer batched = scorer(kind, new EmbeddingCache(100));
        List<String> round = ROUNDS.get(0);
        List<String> responses = List.of(round.get(1), round.get(2), ROUNDS.get(1).get(1));

        List<Double> together = batched.score(round.get(0), responses);

        for (int i = 0; i < responses.size(); i++) {
            BiEncoderScorer alone = scorer(kind, new EmbeddingCache(100));
            assertThat(alone.score(round.get(0), List.of(responses.get(i))).get(0)).isCloseTo(together.get(i), within(1e-6));
        }
    }

    @ParameterizedTest
    @EnumSource(InJarModel.class)
    void cacheHitReturnsTheSameVectorsWithoutCallingTheModel(InJarModel kind) {
        EmbeddingCache cache = new EmbeddingCache(100);
        BiEncoderScorer scorer = scorer(kind, cache);
        List<String> texts = List.of(ROUNDS.get(2).get(0), ROUNDS.get(2).get(1));

        List<float[]> first = scorer.embed(texts);
        long missesAfterFirst = cache.misses();
        List<float[]> second = scorer.embed(texts);

        assertThat(cache.misses()).isEqualTo(missesAfterFirst);
        assertThat(cache.hits()).isEqualTo(2);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(second.get(i)).containsExactly(first.get(i));
        }
    }

    @ParameterizedTest
    @EnumSource(InJarModel.class)
    void blankResponseScoresZeroAndKeepsItsPlace(InJarModel kind) {
        List<String> round = ROUNDS.get(3);

        List<Double> scores = scorer(kind, SHARED).score(round.get(0), List.of(round.get(1), " ", round.get(1)));

        assertThat(scores.get(1)).isZero();
        assertThat(scores.get(0)).isPositive().isEqualTo(scores.get(2));
    }

    @Test
    void idNamesKindModelAndTheShippedJarVersion() {
        assertThat(scorer(InJarModel.MINILM, SHARED).id()).isEqualTo("bi-encoder:all-minilm-l6-v2-q@1.19.0-beta29");
        assertThat(scorer(InJarModel.BGE, SHARED).id()).isEqualTo("bi-encoder:bge-small-en-v15-q@1.18.1-beta28");
    }
}
