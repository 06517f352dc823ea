package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs whenever a cross-encoder is at hand: set {@code CONCORD_CROSS_ENCODER_MODEL} and
 * {@code CONCORD_CROSS_ENCODER_TOKENIZER} (environment or system properties) to an ONNX cross-encoder, e.g.
 * ms-marco-MiniLM-L-6-v2, and its tokenizer.json. Skipped otherwise: no weights ship with Concord.
 */
class CrossEncoderWeightsTest {

    @Test
    void aRelevantAnswerOutscoresAnOffTopicOneOnZeroToTen() {
        Path model = configured("CONCORD_CROSS_ENCODER_MODEL");
        Path tokenizer = configured("CONCORD_CROSS_ENCODER_TOKENIZER");
        assumeTrue(model != null && tokenizer != null && Files.isRegularFile(model) && Files.isRegularFile(tokenizer),
                "no cross-encoder files configured");

        try (CrossEncoderScorer scorer = CrossEncoderScorer.open(model, tokenizer)) {
            List<Double> scores = scorer.score("What is the capital of France?", List.of(
                    "The capital of France is Paris.", "Photosynthesis turns light into chemical energy.", " "));

            assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 10.0));
            assertThat(scores.get(0)).isGreaterThan(scores.get(1) + 2);
            assertThat(scores.get(2)).isZero();
            assertThat(scorer.id()).startsWith("cross-encoder:").contains("@sha256-");
        }
    }

    private static Path configured(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
