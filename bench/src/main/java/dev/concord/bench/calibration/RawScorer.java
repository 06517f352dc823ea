package dev.concord.bench.calibration;

import dev.concord.scoring.CosineScale;
import dev.concord.scoring.Cosine;
import dev.concord.scoring.InJarModel;
import dev.concord.scoring.LexicalOverlapScorer;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One calibrated scorer as the calibration sees it: its raw value for a (prompt, answer) pair, the 0..10 score the
 * evaluators gave before any fitted calibration (the hand-set {@link CosineScale} of each bi-encoder, 10 x F1 for the
 * lexical scorer), and the name and scorer id its calibration is stored under.
 */
enum RawScorer {
    MINILM("minilm", InJarModel.MINILM, "cosine(prompt, response)"),
    BGE("bge", InJarModel.BGE, "cosine(prompt, response)"),
    LEXICAL("lexical", null, "token F1 of content words between prompt and response (0..1)");

    private final String name;
    /** The bi-encoder, or null for the lexical scorer, which has no model. */
    private final InJarModel model;
    private final String input;

    RawScorer(String name, InJarModel model, String input) {
        this.name = name;
        this.model = model;
        this.input = input;
    }

    String calibrationName() {
        return name;
    }

    String input() {
        return input;
    }

    String scorerId() {
        return model == null ? LexicalOverlapScorer.ID : model.scorerId();
    }

    /** The hand-set mapping the evaluators used before calibration. */
    double uncalibrated(double raw) {
        return model == null ? 10 * raw : model.scale().toScore(raw);
    }

    /** Raw values of every answer, in order; bi-encoders embed each distinct text once, in batches. */
    double[] raw(CorpusAnswers set, Consumer<String> log) {
        List<CorpusAnswers.Answer> answers = set.answers();
        double[] raw = new double[answers.size()];
        if (model == null) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = LexicalOverlapScorer.overlap(answers.get(i).qa().prompt(), answers.get(i).text());
            }
            return raw;
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        answers.forEach(a -> {
            distinct.add(a.qa().prompt());
            distinct.add(a.text());
        });
        Map<String, float[]> vectors = new HashMap<>();
        List<String> texts = new ArrayList<>(distinct);
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += 64) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 64));
            var embedded = model.encoder().embedAll(batch.stream().map(TextSegment::from).toList()).content();
            for (int j = 0; j < batch.size(); j++) {
                vectors.put(batch.get(j), embedded.get(j).vector());
            }
        }
        log.accept(String.format(java.util.Locale.ROOT, "%s: %d texts embedded in %.1f s", scorerId(), texts.size(),
                (System.nanoTime() - start) / 1e9));
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Cosine.similarity(vectors.get(answers.get(i).qa().prompt()), vectors.get(answers.get(i).text()));
        }
        return raw;
    }
}
