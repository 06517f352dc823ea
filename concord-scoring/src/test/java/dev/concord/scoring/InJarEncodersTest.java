package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our single-threaded sessions must be the shipped models: same files, same pooling, same vectors. */
class InJarEncodersTest {

    private static final List<TextSegment> TEXTS = Stream.of(
            "What is the capital of Australia?",
            "The capital of Australia is Canberra.",
            "Bread is made from flour, water, yeast and salt; the dough rises because yeast produces carbon dioxide.")
            .map(TextSegment::from).toList();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("minilm", (Supplier<EmbeddingModel>) InJarEncoders::miniLm,
                        (Supplier<EmbeddingModel>) AllMiniLmL6V2QuantizedEmbeddingModel::new),
                Arguments.of("bge", (Supplier<EmbeddingModel>) InJarEncoders::bge,
                        (Supplier<EmbeddingModel>) BgeSmallEnV15QuantizedEmbeddingModel::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void embedsExactlyAsTheShippedModelClass(String name, Supplier<EmbeddingModel> ours, Supplier<EmbeddingModel> shipped) {
        List<Embedding> expected = shipped.get().embedAll(TEXTS).content();
        List<Embedding> actual = ours.get().embedAll(TEXTS).content();

        assertThat(ours.get().dimension()).isEqualTo(shipped.get().dimension());
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] a = actual.get(i).vector();
            float[] e = expected.get(i).vector();
            assertThat(a).hasSameSizeAs(e);
            for (int d = 0; d < e.length; d++) {
                assertThat(Math.abs(a[d] - e[d])).as("%s text %d dimension %d", name, i, d).isLessThan(1e-4f);
            }
        }
        assertThat(ours.get()).isSameAs(ours.get());
    }
}
