package dev.concord.quality.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each rule on small inputs whose answer is worked out by hand in the comments. */
class AggregationRulesTest {

    private static final double EPS = 1e-12;

    @Test
    void meanAveragesAndIgnoresWeights() {
        assertEquals(4.0, new MeanRule().aggregate(new double[] {1, 2, 3, 10}, new double[] {9, 0, 0, 1}), EPS);
    }

    @Test
    void medianTakesTheMiddleOrTheMidpointOfTheTwoMiddles() {
        assertEquals(3.0, new MedianRule().aggregate(new double[] {10, 1, 3}), EPS);
        assertEquals(2.5, new MedianRule().aggregate(new double[] {4, 1, 3, 2}), EPS);
    }

    @Test
    void trimmedMeanRemovesWholeScoresWhenTheTrimIsWhole() {
        // 5 scores, 0.2 per side: exactly one score off each end -> mean(2, 3, 4).
        assertEquals(3.0, new TrimmedMeanRule().aggregate(new double[] {10, 2, 1, 4, 3}), EPS);
    }

    @Test
    void trimmedMeanTrimsFractionally() {
        // 7 scores, 0.2 per side = 1.4 scores: keep 0.6 of the 2nd and 6th, all of the 3rd..5th.
        // (0.6*1 + 2 + 3 + 4 + 0.6*5) / 4.2 = 12.6 / 4.2 = 3.0
        assertEquals(3.0, new TrimmedMeanRule().aggregate(new double[] {0, 1, 2, 3, 4, 5, 10}), EPS);
        // With no trim it is the mean.
        assertEquals(25.0 / 7, new TrimmedMeanRule(0).aggregate(new double[] {0, 1, 2, 3, 4, 5, 10}), EPS);
    }

    @Test
    void weightedMeanWeighsByTrust() {
        // (3*2 + 1*8) / 4
        assertEquals(3.5, new WeightedMeanRule().aggregate(new double[] {2, 8}, new double[] {3, 1}), EPS);
    }

    @Test
    void weightedMedianFollowsTheTrustMajority() {
        // Total trust 5, half 2.5: cumulative 1, 2, 5 -> the score 9 holds the middle.
        assertEquals(9.0, new WeightedMedianRule().aggregate(new double[] {1, 5, 9}, new double[] {1, 1, 3}), EPS);
        // Half falls exactly between 2 and 3.
        assertEquals(2.5, new WeightedMedianRule().aggregate(new double[] {4, 3, 2, 1},
                new double[] {1, 1, 1, 1}), EPS);
        // A zero-weight score cannot become half of the midpoint.
        assertEquals(1.5, new WeightedMedianRule().aggregate(new double[] {1, 2, 9},
                new double[] {1, 1, 0}), EPS);
    }

    @Test
    void trustTrimmedMeanTrimsTrustNotHeads() {
        // Weights 1,1,1,1,6: total 10, trim 2 per side. Sorted 0,1,2,3,(10 w6).
        // Kept mass [2, 8]: score 2 (mass 2..3), 3 (3..4), 10 (4..8, 4 units): (2 + 3 + 40) / 6 = 7.5
        assertEquals(7.5, new TrustTrimmedMeanRule().aggregate(new double[] {0, 1, 2, 3, 10},
                new double[] {1, 1, 1, 1, 6}), EPS);
        // The outlier 10 holds 0.1 of 3.1 trust, under the trim of 0.62: it is cut off entirely.
        assertEquals(5.0, new TrustTrimmedMeanRule().aggregate(new double[] {5, 10, 5, 5},
                new double[] {1, 0.1, 1, 1}), EPS);
    }

    @Test
    void byNameFindsEveryRuleUnderItsOwnName() {
        for (String name : AggregationRules.names()) {
            assertEquals(name, AggregationRules.byName(name).name());
        }
        assertEquals(TrimmedMeanRule.DEFAULT_TRIM, ((TrimmedMeanRule) AggregationRules.byName("trimmed-mean")).trimPerSide());
    }

    @Test
    void byNameRejectsUnknownNamesListingTheValidOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AggregationRules.byName("majority"));
        for (String name : AggregationRules.names()) {
            assertTrue(error.getMessage().contains(name), error.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> AggregationRules.byName(null));
    }

    @Test
    void rulesRejectInvalidInput() {
        for (String name : AggregationRules.names()) {
            AggregationRule rule = AggregationRules.byName(name);
            assertThrows(IllegalArgumentException.class, () -> rule.aggregate(new double[0], new double[0]));
            assertThrows(IllegalArgumentException.class, () -> rule.aggregate(new double[] {1, 2}, new double[] {1}));
            assertThrows(IllegalArgumentException.class, () -> rule.aggregate(new double[] {11}, new double[] {1}));
            assertThrows(IllegalArgumentException.class, () -> rule.aggregate(new double[] {Double.NaN}, new double[] {1}));
            assertThrows(IllegalArgumentException.class, () -> rule.aggregate(new double[] {1}, new double[] {-1}));
            assertThrows(IllegalArgumentException.class, () -> rule.aggregate(new double[] {1, 2}, new double[] {0, 0}));
        }
        assertThrows(IllegalArgumentException.class, () -> new TrimmedMeanRule(0.5));
        assertThrows(IllegalArgumentException.class, () -> new TrustTrimmedMeanRule(-0.1));
    }
}
