package dev.concord.scoring;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a response by the cosine similarity of its embedding to the prompt's (S3's best evaluator), mapped onto
 * 0..10 by the model's fitted {@link Calibration}. The prompt and every response the cache lacks go to the model in one
 * {@code embedAll} call. A blank response scores 0: there is nothing to embed and nothing answered.
 */
public final class BiEncoderScorer implements Scorer {

    private final String id;
    private final EmbeddingModel model;
    private final Calibration calibration;
    private final EmbeddingCache cache;

    public BiEncoderScorer(String id, EmbeddingModel model, Calibration calibration, EmbeddingCache cache) {
        this.id = id;
        this.model = model;
        this.calibration = calibration;
        this.cache = cache;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Double> score(String prompt, List<String> responses) {
        if (prompt.isBlank()) {
            return responses.stream().map(r -> 0.0).toList();
        }
        List<String> texts = new ArrayList<>(responses.size() + 1);
        texts.add(prompt);
        responses.stream().filter(r -> !r.isBlank()).forEach(texts::add);
        List<float[]> vectors = embed(texts);
        float[] promptVector = vectors.get(0);
        List<Double> scores = new ArrayList<>(responses.size());
        int next = 1;
        for (String response : responses) {
            scores.add(response.isBlank() ? 0.0 : calibration.toScore(Cosine.similarity(promptVector, vectors.get(next++))));
        }
        return scores;
    }

    /** One vector per text (none blank), from the cache where possible, the rest from one model call. */
    List<float[]> embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = cache.get(id, texts.get(i));
            if (vectors[i] == null) {
                missing.computeIfAbsent(texts.get(i), t -> new ArrayList<>()).add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<String> distinct = List.copyOf(missing.keySet());
            List<Embedding> embedded = model.embedAll(distinct.stream().map(TextSegment::from).toList()).content();
            for (int j = 0; j < distinct.size(); j++) {
                float[] vector = embedded.get(j).vector();
                cache.put(id, distinct.get(j), vector);
                for (int position : missing.get(distinct.get(j))) {
                    vectors[position] = vector;
                }
            }
        }
        return Arrays.asList(vectors);
    }
}
