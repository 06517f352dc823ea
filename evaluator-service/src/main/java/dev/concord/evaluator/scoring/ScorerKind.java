package dev.concord.evaluator.scoring;

/** The scorers an evaluator node can be configured with ({@code concord.evaluator.nodes[i].scorer}). */
public enum ScorerKind {
    /** Bi-encoder over the quantised all-MiniLM-L6-v2 shipped in a jar. */
    MINILM,
    /** Bi-encoder over the quantised BGE-small-en-v1.5 shipped in a jar. */
    BGE,
    /** Token-overlap F1 between prompt and response: a model-free baseline. */
    LEXICAL,
    /** An LLM on an OpenAI-compatible server grades each response ({@code concord.evaluator.judge.*}). */
    JUDGE,
    /**
     * An ONNX cross-encoder over (prompt, response) pairs, from files the operator provides
     * ({@code concord.evaluator.cross-encoder.*}); configured as {@code cross-encoder}.
     */
    CROSS_ENCODER
}
