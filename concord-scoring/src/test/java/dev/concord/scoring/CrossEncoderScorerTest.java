package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-encoder's parts that need no weights: its input, its logit map, and its refusal of missing files. */
class CrossEncoderScorerTest {

    private static final long CLS = 101;
    private static final long SEP = 102;

    @TempDir
    Path dir;

    @Test
    void aMissingModelFileIsNamedAtStartUp() throws IOException {
        Path tokenizer = bertTokenizer();
        Path model = dir.resolve("ms-marco-MiniLM-L-6-v2.onnx");

        assertThatThrownBy(() -> CrossEncoderScorer.open(model, tokenizer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model file").hasMessageContaining(model.toString());
    }

    @Test
    void aMissingTokenizerFileIsNamedAtStartUp() throws IOException {
        Path model = Files.writeString(dir.resolve("model.onnx"), "not read before the tokenizer is found");
        Path tokenizer = dir.resolve("tokenizer.json");

        assertThatThrownBy(() -> CrossEncoderScorer.open(model, tokenizer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tokenizer file").hasMessageContaining(tokenizer.toString());
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithItsName() throws IOException {
        Path model = Files.writeString(dir.resolve("model.onnx"), "not an ONNX graph");

        assertThatThrownBy(() -> CrossEncoderScorer.open(model, bertTokenizer()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(model.toString());
    }

    /** ms-marco cross-encoders use BERT's uncased WordPiece vocabulary: the one MiniLM's jar ships. */
    @Test
    void aPairIsClsQuestionSepAnswerSepWithTheAnswerAsSegmentOne() throws IOException {
        try (HuggingFaceTokenizer tokenizer = CrossEncoderScorer.tokenizer(bertTokenizer())) {
            PairBatch.EncodedPair pair = CrossEncoderScorer.encode(tokenizer, "capital of France?", "Paris.");

            long[] ids = pair.ids();
            assertThat(ids[0]).isEqualTo(CLS);
            assertThat(ids[ids.length - 1]).isEqualTo(SEP);
            int firstSep = indexOf(ids, SEP);
            assertThat(firstSep).isBetween(2, ids.length - 2);
            for (int i = 0; i < ids.length; i++) {
                assertThat(pair.typeIds()[i]).as("segment of token %d", i).isEqualTo(i <= firstSep ? 0L : 1L);
            }
        }
    }

    @Test
    void aLongAnswerIsCutToTheModelsLimitAndTheQuestionKept() throws IOException {
        try (HuggingFaceTokenizer tokenizer = CrossEncoderScorer.tokenizer(bertTokenizer())) {
            String question = "Why is the sky blue?";
            PairBatch.EncodedPair shortPair = CrossEncoderScorer.encode(tokenizer, question, "Rayleigh scattering.");
            PairBatch.EncodedPair longPair = CrossEncoderScorer.encode(tokenizer, question,
                    "Rayleigh scattering of sunlight. ".repeat(400));

            assertThat(longPair.ids()).hasSize(CrossEncoderScorer.MAX_TOKENS);
            int questionTokens = indexOf(shortPair.ids(), SEP) + 1;
            for (int i = 0; i < questionTokens; i++) {
                assertThat(longPair.ids()[i]).isEqualTo(shortPair.ids()[i]);
            }
        }
    }

    @Test
    void aBatchPadsEveryPairToTheLongestWithAMaskOverRealTokens() {
        PairBatch batch = PairBatch.of(List.of(new PairBatch.EncodedPair(new long[] {CLS, 7, SEP, 9, SEP},
                new long[] {0, 0, 0, 1, 1}), new PairBatch.EncodedPair(new long[] {CLS, 7, SEP}, new long[] {0, 0, 0})));

        assertThat(batch.inputIds()).isDeepEqualTo(new long[][] {{CLS, 7, SEP, 9, SEP}, {CLS, 7, SEP, 0, 0}});
        assertThat(batch.attentionMask()).isDeepEqualTo(new long[][] {{1, 1, 1, 1, 1}, {1, 1, 1, 0, 0}});
        assertThat(batch.tokenTypeIds()).isDeepEqualTo(new long[][] {{0, 0, 0, 1, 1}, {0, 0, 0, 0, 0}});
    }

    @Test
    void aLogitBecomesTenTimesItsSigmoid() {
        assertThat(LogitScale.toScore(0)).isEqualTo(5.0);
        assertThat(LogitScale.toScore(Math.log(3))).isCloseTo(7.5, within(1e-9));
        assertThat(LogitScale.toScore(-40)).isBetween(0.0, 1e-9);
        assertThat(LogitScale.toScore(40)).isBetween(10 - 1e-9, 10.0);
        assertThat(LogitScale.toScore(Double.NaN)).isZero();
    }

    private Path bertTokenizer() throws IOException {
        Path file = dir.resolve("tokenizer.json");
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static int indexOf(long[] values, long value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
