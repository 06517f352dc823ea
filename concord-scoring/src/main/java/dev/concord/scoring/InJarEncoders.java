package dev.concord.scoring;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sentence encoders shipped in langchain4j's model jars, each loaded at most once per process (on first use) and
 * shared by every scorer and hosted evaluator (and, in bench, by the whole sweep). {@link InJarModel} pairs each with
 * its name and cosine scale.
 *
 * <p>They load the very files {@code AllMiniLmL6V2QuantizedEmbeddingModel} and
 * {@code BgeSmallEnV15QuantizedEmbeddingModel} load, with the same pooling, but hold ONNX Runtime to one thread per
 * call. langchain4j already embeds the texts of one {@code embedAll} in parallel on its executor; ONNX Runtime's
 * default thread pool per call on top of that oversubscribes two cores. Measured side by side here: 1.4 to 1.8 times
 * the texts per second (STACK.md reports 290 against 180-220).
 */
public final class InJarEncoders {

    private static final int DIMENSION = 384;

    /** Runs the texts of every embedAll call, of both models: one thread per core, so ONNX calls never outnumber cores. */
    private static final ExecutorService EMBEDDING_THREADS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), daemonThreads());

    private InJarEncoders() {
    }

    public static EmbeddingModel miniLm() {
        return MiniLm.MODEL;
    }

    public static EmbeddingModel bge() {
        return Bge.MODEL;
    }

    /** Initialised on first use only, so a process that hosts no BGE node never loads BGE. */
    private static final class MiniLm {
        static final EmbeddingModel MODEL = load("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
                PoolingMode.MEAN);
    }

    private static final class Bge {
        static final EmbeddingModel MODEL = load("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
                PoolingMode.CLS);
    }

    private static EmbeddingModel load(String modelResource, String tokenizerResource, PoolingMode pooling) {
        try (InputStream model = resource(modelResource); InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            // Kept open: the session lives as long as the process.
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(model.readAllBytes(), options), tokenizer, pooling);
            return new SharedEncoder(encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + modelResource, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = InJarEncoders.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model file " + name + " is not on the classpath (its langchain4j jar is missing)");
        }
        return in;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class SharedEncoder extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SharedEncoder(OnnxBertBiEncoder encoder) {
            super(EMBEDDING_THREADS);
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
