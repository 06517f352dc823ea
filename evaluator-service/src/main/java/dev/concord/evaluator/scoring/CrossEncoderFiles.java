package dev.concord.evaluator.scoring;

import java.nio.file.Path;

/**
 * Where a cross-encoder's weights and tokenizer are: an ONNX relevance model (e.g. ms-marco-MiniLM-L-6-v2) and its
 * HuggingFace {@code tokenizer.json}. No weights ship with Concord, so these come from the operator.
 */
public record CrossEncoderFiles(Path model, Path tokenizer) {
}
