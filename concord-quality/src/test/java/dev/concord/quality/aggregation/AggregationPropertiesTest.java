package dev.concord.quality.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The robustness statements of PROOF-OF-QUALITY.md step 5, checked on random inputs. */
class AggregationPropertiesTest {

    /** Room for floating-point rounding, far below any score difference that matters. */
    private static final double EPS = 1e-9;

    @Provide
    Arbitrary<List<Double>> scores() {
        return Arbitraries.doubles().between(0, 10).list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 300)
    void medianIgnoresAnyMinorityOfOutliers(@ForAll("scores") List<Double> honest,
                                            @ForAll("scores") List<Double> outliers) {
        Assume.that(outliers.size() < honest.size());
        double result = new MedianRule().aggregate(concat(honest, outliers));
        assertWithin(honest, result);
    }

    @Property(tries = 300)
    void weightedMedianIgnoresOutliersHoldingLessThanHalfTheTrust(
            @ForAll("scores") List<Double> honest, @ForAll("scores") List<Double> outliers,
            @ForAll @DoubleRange(min = 0.1, max = 2) double honestWeight) {
        // Outliers get weights that keep their total strictly below the honest total.
        double outlierWeight = 0.99 * honestWeight * honest.size() / outliers.size();
        double[] weights = new double[honest.size() + outliers.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < honest.size() ? honestWeight : outlierWeight;
        }
        assertWithin(honest, new WeightedMedianRule().aggregate(concat(honest, outliers), weights));
    }

    @Property(tries = 300)
    void trimmedMeanIgnoresOutliersWithinTheTrim(@ForAll("scores") List<Double> honest,
                                                 @ForAll("scores") List<Double> outliers,
                                                 @ForAll @DoubleRange(min = 0.05, max = 0.45) double trim) {
        // k outliers among h + k scores lie within the trim when k <= trim * (h + k), i.e. k <= trim * h / (1 - trim).
        int allowed = (int) Math.floor(trim * honest.size() / (1 - trim));
        List<Double> within = outliers.subList(0, Math.min(allowed, outliers.size()));
        assertWithin(honest, new TrimmedMeanRule(trim).aggregate(concat(honest, within)));
    }

    @Property(tries = 300)
    void trustTrimmedMeanIgnoresOutliersHoldingLessTrustThanTheTrim(
            @ForAll("scores") List<Double> honest, @ForAll("scores") List<Double> outliers,
            @ForAll @DoubleRange(min = 0.05, max = 0.45) double trim) {
        // However many outliers there are, their trust adds up to just under the trim of the total.
        double outlierMass = 0.99 * trim / (1 - trim) * honest.size();
        double[] weights = new double[honest.size() + outliers.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < honest.size() ? 1 : outlierMass / outliers.size();
        }
        assertWithin(honest, new TrustTrimmedMeanRule(trim).aggregate(concat(honest, outliers), weights));
    }

    @Property(tries = 300)
    void weightedRulesEqualTheirPlainFormsUnderEqualWeights(@ForAll("scores") List<Double> scores,
                                                            @ForAll @DoubleRange(min = 0.01, max = 5) double weight) {
        double[] values = toArray(scores);
        double[] equal = new double[values.length];
        Arrays.fill(equal, weight);
        assertEquals(new MeanRule().aggregate(values), new WeightedMeanRule().aggregate(values, equal), EPS);
        assertEquals(new MedianRule().aggregate(values), new WeightedMedianRule().aggregate(values, equal), EPS);
        assertEquals(new TrimmedMeanRule().aggregate(values), new TrustTrimmedMeanRule().aggregate(values, equal), EPS);
    }

    @Property(tries = 300)
    void everyRuleStaysWithinTheRangeOfItsScores(@ForAll("scores") List<Double> scores,
                                                 @ForAll @IntRange(min = 0, max = 1000) int seed) {
        double[] values = toArray(scores);
        double[] weights = new SplittableRandom(seed).doubles(values.length, 0.1, 2).toArray();
        for (String name : AggregationRules.names()) {
            assertWithin(scores, AggregationRules.byName(name).aggregate(values, weights));
        }
    }

    @Property(tries = 100)
    void rulesDoNotDependOnTheOrderOfEvaluators(@ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 10) Double> scores) {
        double[] forward = toArray(scores);
        double[] backward = new double[forward.length];
        for (int i = 0; i < forward.length; i++) {
            backward[i] = forward[forward.length - 1 - i];
        }
        for (String name : AggregationRules.names()) {
            AggregationRule rule = AggregationRules.byName(name);
            assertEquals(rule.aggregate(forward), rule.aggregate(backward), EPS, name);
        }
    }

    private static void assertWithin(List<Double> range, double value) {
        double min = range.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = range.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertTrue(value >= min - EPS && value <= max + EPS, value + " outside [" + min + ", " + max + "]");
    }

    private static double[] concat(List<Double> a, List<Double> b) {
        return Stream.concat(a.stream(), b.stream()).mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
