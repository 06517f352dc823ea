package dev.concord.evaluator.scoring;

import dev.concord.scoring.BiEncoderScorer;
import dev.concord.scoring.CrossEncoderScorer;
import dev.concord.scoring.EmbeddingCache;
import dev.concord.scoring.InJarModel;
import dev.concord.scoring.LexicalOverlapScorer;
import dev.concord.scoring.Scorer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One scorer per kind, created on first request: an ONNX model is loaded only if some hosted evaluator uses it, and
 * only once per process however many do (see {@link InJarModel}, which also holds each model's calibration).
 */
public final class ScorerCatalog {

    private final EmbeddingCache cache;
    private final Optional<JudgeEndpoint> judge;
    private final Optional<CrossEncoderFiles> crossEncoder;
    private final Map<ScorerKind, Scorer> scorers = new EnumMap<>(ScorerKind.class);

    /** A catalog without a judge server or cross-encoder: the bi-encoders and the lexical scorer. */
    public ScorerCatalog(EmbeddingCache cache) {
        this(cache, Optional.empty(), Optional.empty());
    }

    /** A catalog without a cross-encoder. */
    public ScorerCatalog(EmbeddingCache cache, Optional<JudgeEndpoint> judge) {
        this(cache, judge, Optional.empty());
    }

    /**
     * @param judge        the server {@link ScorerKind#JUDGE} asks; without one that kind cannot be created
     * @param crossEncoder the files {@link ScorerKind#CROSS_ENCODER} loads; without them that kind cannot be created
     */
    public ScorerCatalog(EmbeddingCache cache, Optional<JudgeEndpoint> judge, Optional<CrossEncoderFiles> crossEncoder) {
        this.cache = cache;
        this.judge = judge;
        this.crossEncoder = crossEncoder;
    }

    public synchronized Scorer scorer(ScorerKind kind) {
        return scorers.computeIfAbsent(kind, this::create);
    }

    private Scorer create(ScorerKind kind) {
        return switch (kind) {
            case MINILM -> biEncoder(InJarModel.MINILM);
            case BGE -> biEncoder(InJarModel.BGE);
            case LEXICAL -> new LexicalOverlapScorer();
            case JUDGE -> new LlmJudgeScorer(judge.orElseThrow(() -> new IllegalStateException(
                    "scorer judge needs a judge server (concord.evaluator.judge.base-url)")));
            case CROSS_ENCODER -> crossEncoder.map(files -> CrossEncoderScorer.open(files.model(), files.tokenizer()))
                    .orElseThrow(() -> new IllegalStateException("scorer cross-encoder needs its files "
                            + "(concord.evaluator.cross-encoder.model-file and .tokenizer-file)"));
        };
    }

    /** The id names model and jar version, so sheets scored by another model version are told apart. */
    private BiEncoderScorer biEncoder(InJarModel model) {
        return new BiEncoderScorer(model.scorerId(), model.encoder(), model.calibration(), cache);
    }
}
