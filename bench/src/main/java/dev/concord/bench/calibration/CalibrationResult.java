package dev.concord.bench.calibration;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.quality.metrics.Correlation;
import dev.concord.scoring.Calibration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One scorer's fit and how it agrees with the ground truth: before (the hand-set mapping), after (the fitted curve on
 * the answers it was fitted on) and held out (two-fold by item: each half scored by the curve fitted on the other
 * half, so the figure is not flattered by fitting the very answers it is measured on).
 */
record CalibrationResult(RawScorer scorer, Calibration calibration, Agreement before, Agreement after,
                         Agreement heldOut) {

    /** Pearson and Spearman with the ground truth, the mean score, and the mean per quality tier. */
    record Agreement(double pearson, double spearman, double mean, Map<QualityTier, Double> meanByTier) {

        static Agreement of(double[] scores, CorpusAnswers set) {
            double[] truth = set.truth();
            Map<QualityTier, double[]> sums = new EnumMap<>(QualityTier.class);
            for (int i = 0; i < scores.length; i++) {
                double[] sum = sums.computeIfAbsent(set.answers().get(i).tier(), t -> new double[2]);
                sum[0] += scores[i];
                sum[1]++;
            }
            Map<QualityTier, Double> byTier = new EnumMap<>(QualityTier.class);
            sums.forEach((tier, sum) -> byTier.put(tier, sum[0] / sum[1]));
            return new Agreement(Correlation.pearson(scores, truth), Correlation.spearman(scores, truth),
                    java.util.Arrays.stream(scores).average().orElse(Double.NaN), byTier);
        }
    }

    static CalibrationResult fit(RawScorer scorer, CorpusAnswers set, long seed, Consumer<String> log) {
        double[] raw = scorer.raw(set, log);
        double[] truth = set.truth();
        Calibration calibration = calibration(scorer, IsotonicFit.fit(raw, truth), set, seed);

        double[] before = new double[raw.length];
        double[] after = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            before[i] = scorer.uncalibrated(raw[i]);
            after[i] = calibration.toScore(raw[i]);
        }
        return new CalibrationResult(scorer, calibration, Agreement.of(before, set), Agreement.of(after, set),
                Agreement.of(heldOut(scorer, raw, truth, set, seed), set));
    }

    private static double[] heldOut(RawScorer scorer, double[] raw, double[] truth, CorpusAnswers set, long seed) {
        double[] scores = new double[raw.length];
        for (int fold = 0; fold < 2; fold++) {
            int held = fold;
            List<Integer> train = indices(set, i -> set.answers().get(i).item() % 2 != held);
            Calibration half = calibration(scorer, IsotonicFit.fit(pick(raw, train), pick(truth, train)), set, seed);
            for (int i = 0; i < raw.length; i++) {
                if (set.answers().get(i).item() % 2 == held) {
                    scores[i] = half.toScore(raw[i]);
                }
            }
        }
        return scores;
    }

    private static Calibration calibration(RawScorer scorer, List<Calibration.Knot> knots, CorpusAnswers set,
                                           long seed) {
        return new Calibration(scorer.scorerId(), scorer.input(),
                "isotonic regression (pooled adjacent violators) of 10 x token F1 on the raw value, one knot per pooled"
                        + " block at its mean raw value, linear between knots",
                "model-sim built-in corpus, " + set.answers().size() + " answers (every item in every quality tier,"
                        + " seed " + seed + "), by java -jar bench/target/bench.jar calibrate",
                knots);
    }

    private static List<Integer> indices(CorpusAnswers set, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, set.answers().size()).filter(keep).boxed().toList();
    }

    private static double[] pick(double[] values, List<Integer> at) {
        return at.stream().mapToDouble(i -> values[i]).toArray();
    }
}
