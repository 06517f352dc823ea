package dev.concord.evaluator.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.scoring.EmbeddingCache;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerCatalogTest {

    private final ScorerCatalog catalog = new ScorerCatalog(new EmbeddingCache(100));

    @Test
    void oneScorerPerKindWhoseIdNamesKindModelAndVersion() {
        for (ScorerKind kind : new ScorerKind[] {ScorerKind.MINILM, ScorerKind.BGE, ScorerKind.LEXICAL}) {
            assertThat(catalog.scorer(kind).id()).matches("(bi-encoder|lexical):[a-z0-9-]+@[0-9][0-9A-Za-z.-]*");
            assertThat(catalog.scorer(kind)).isSameAs(catalog.scorer(kind));
        }
    }

    @Test
    void aCrossEncoderNeedsItsFiles(@TempDir Path dir) {
        assertThatThrownBy(() -> catalog.scorer(ScorerKind.CROSS_ENCODER)).hasMessageContaining("cross-encoder.model-file");

        Path model = dir.resolve("absent.onnx");
        ScorerCatalog configured = new ScorerCatalog(new EmbeddingCache(10), Optional.empty(),
                Optional.of(new CrossEncoderFiles(model, dir.resolve("tokenizer.json"))));
        assertThatThrownBy(() -> configured.scorer(ScorerKind.CROSS_ENCODER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(model.toAbsolutePath().toString());
    }
}
