package dev.concord.bench.scoring;

import dev.concord.bench.data.ResponseTable;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.quality.metrics.Correlation;
import dev.concord.scoring.Cosine;
import dev.concord.scoring.InJarModel;
import dev.concord.scoring.LexicalOverlapScorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Every scorer's score of every answer, computed once before the grid so the grid runs in memory. */
public final class ScoreTable implements HonestScoreSource {

    private final List<String> names;
    private final double[][][] scores;
    private final List<ScorerQuality> quality;

    private ScoreTable(List<String> names, double[][][] scores, List<ScorerQuality> quality) {
        this.names = List.copyOf(names);
        this.scores = scores;
        this.quality = List.copyOf(quality);
    }

    /**
     * Scores with the real scorers: cosine(prompt, answer) of each bi-encoder, as evaluator-service does, and the
     * lexical overlap. Also measures cosine(reference, answer), which no evaluator can compute (it has no
     * reference), to show how much of the gap to the ground truth is the missing reference.
     *
     * @param log receives one line per stage (embedding progress, timings)
     */
    public static ScoreTable fromModels(ResponseTable table, List<String> scorerNames, Path cacheDirectory,
                                        Consumer<String> log) {
        EmbeddingCache cache = new EmbeddingCache(cacheDirectory);
        int items = table.items().size();
        int nodes = table.nodes().size();
        double[][][] scores = new double[scorerNames.size()][items][nodes];
        List<ScorerQuality> quality = new ArrayList<>(List.of(ScorerQuality.groundTruth(table)));
        for (int s = 0; s < scorerNames.size(); s++) {
            String name = scorerNames.get(s);
            if (name.equals("lexical")) {
                for (int i = 0; i < items; i++) {
                    for (int n = 0; n < nodes; n++) {
                        scores[s][i][n] = LexicalOverlapScorer.score(table.items().get(i).prompt(), table.answer(i, n));
                    }
                }
                quality.add(ScorerQuality.of(name, "prompt", scores[s], table));
                continue;
            }
            InJarModel model = InJarModel.valueOf(name.toUpperCase(Locale.ROOT));
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                QaItem item = table.items().get(i);
                texts.add(item.prompt());
                texts.add(item.reference());
                for (int n = 0; n < nodes; n++) {
                    texts.add(table.answer(i, n));
                }
            }
            long start = System.nanoTime();
            Map<String, float[]> vectors = cache.vectors(model, texts, done -> {
                if (done % 1024 < 64) {
                    log.accept(String.format(Locale.ROOT, "embedding %s: %d new texts embedded", model.versionedName(), done));
                }
            });
            log.accept(String.format(Locale.ROOT, "scorer %s ready in %.1f s (%d distinct texts)", model.versionedName(),
                    (System.nanoTime() - start) / 1e9, vectors.size()));
            double[][] byReference = new double[items][nodes];
            for (int i = 0; i < items; i++) {
                QaItem item = table.items().get(i);
                for (int n = 0; n < nodes; n++) {
                    float[] answer = vectors.get(table.answer(i, n));
                    scores[s][i][n] = model.calibration().toScore(Cosine.similarity(vectors.get(item.prompt()), answer));
                    byReference[i][n] = model.calibration().toScore(Cosine.similarity(vectors.get(item.reference()), answer));
                }
            }
            quality.add(ScorerQuality.of(name, "prompt", scores[s], table));
            quality.add(ScorerQuality.of(name, "reference (not available to evaluators)", byReference, table));
        }
        return new ScoreTable(scorerNames, scores, quality);
    }

    /** A table from given scores, [scorer][item][node]; tests and synthetic runs. */
    public static ScoreTable of(List<String> names, double[][][] scores, ResponseTable table) {
        List<ScorerQuality> quality = new ArrayList<>(List.of(ScorerQuality.groundTruth(table)));
        for (int s = 0; s < names.size(); s++) {
            quality.add(ScorerQuality.of(names.get(s), "prompt", scores[s], table));
        }
        return new ScoreTable(names, scores, quality);
    }

    @Override
    public List<String> scorerNames() {
        return names;
    }

    @Override
    public double score(int scorer, int item, int node) {
        return scores[scorer][item][node];
    }

    /** Each scorer's Pearson and Spearman with the ground truth over all (item, node) answers. */
    public List<ScorerQuality> quality() {
        return quality;
    }

    /**
     * How well one scorer tracks the ground truth before any evaluator noise, and at what level it scores: honest
     * scorers of different kinds differ in level, which bounds how well any rule can tell a uniform shift from an
     * honest scorer of another kind.
     *
     * @param meanByTier mean score of the answers of each quality tier, best tier first
     */
    public record ScorerQuality(String scorer, String input, double pearson, double spearman, double meanScore,
                                Map<QualityTier, Double> meanByTier) {

        public ScorerQuality {
            meanByTier = Collections.unmodifiableMap(new EnumMap<>(meanByTier));
        }

        /** The ground truth itself, as a row to compare the scorers' levels with. */
        public static ScorerQuality groundTruth(ResponseTable table) {
            double[][] truth = new double[table.items().size()][table.nodes().size()];
            for (int i = 0; i < truth.length; i++) {
                for (int n = 0; n < truth[i].length; n++) {
                    truth[i][n] = table.truth(i, n);
                }
            }
            return of("ground truth", "reference", truth, table);
        }

        static ScorerQuality of(String scorer, String input, double[][] scores, ResponseTable table) {
            int items = scores.length;
            int nodes = scores[0].length;
            double[] x = new double[items * nodes];
            double[] y = new double[items * nodes];
            Map<QualityTier, double[]> sums = new EnumMap<>(QualityTier.class);
            for (int i = 0; i < items; i++) {
                for (int n = 0; n < nodes; n++) {
                    x[i * nodes + n] = scores[i][n];
                    y[i * nodes + n] = table.truth(i, n);
                    double[] sum = sums.computeIfAbsent(table.nodes().get(n).tier(), t -> new double[2]);
                    sum[0] += scores[i][n];
                    sum[1]++;
                }
            }
            Map<QualityTier, Double> byTier = new EnumMap<>(QualityTier.class);
            sums.forEach((tier, sum) -> byTier.put(tier, sum[0] / sum[1]));
            return new ScorerQuality(scorer, input, Correlation.pearson(x, y), Correlation.spearman(x, y),
                    Arrays.stream(x).average().orElse(Double.NaN), byTier);
        }
    }
}
