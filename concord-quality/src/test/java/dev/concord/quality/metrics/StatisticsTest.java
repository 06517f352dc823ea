package dev.concord.quality.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

/** Correlations, AUC, regret and reward share on examples computed by hand, plus their defining properties. */
class StatisticsTest {

    @Test
    void pearsonOnAHandExample() {
        // x = 1,2,3; y = 2,4,7: dx = -1,0,1; dy = -7/3,-1/3,8/3; cov sum 5; var sums 2 and 114/9.
        // r = 5 / sqrt(2 * 114/9) = 15 / sqrt(228)
        assertEquals(15 / Math.sqrt(228), Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 7}), 1e-12);
        assertEquals(-1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {6, 4, 2}), 1e-12);
        assertTrue(Double.isNaN(Correlation.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5})));
        assertThrows(IllegalArgumentException.class, () -> Correlation.pearson(new double[] {1}, new double[] {1}));
    }

    @Test
    void spearmanAveragesTheRanksOfTies() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Correlation.ranks(new double[] {1, 2, 2, 3}));
        // ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4: deviations -1.5,0,0,1.5 and -1.5,0.5,-0.5,1.5.
        // cov sum 4.5, var sums 4.5 and 5 -> 4.5 / sqrt(22.5)
        assertEquals(4.5 / Math.sqrt(22.5),
                Correlation.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}), 1e-12);
    }

    @Property(tries = 200)
    void spearmanIsOneForAnyStrictlyIncreasingTransform(
            @ForAll @Size(min = 2, max = 30) @UniqueElements List<@DoubleRange(min = -100, max = 100) Double> xs) {
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = xs.stream().mapToDouble(v -> Math.exp(v / 10) + v).toArray();
        assertEquals(1.0, Correlation.spearman(x, y), 1e-12);
    }

    @Test
    void aucCountsPairsWithTiesAsHalf() {
        // positives 0.8, 0.4; negatives 0.6, 0.4: pairs 1 + 1 + 0 + 0.5 = 2.5 of 4.
        assertEquals(0.625, RocAuc.of(new double[] {0.8, 0.4, 0.6, 0.4}, new boolean[] {true, true, false, false}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> RocAuc.of(new double[] {1, 2}, new boolean[] {true, true}));
    }

    @Property(tries = 200)
    void aucIsOneForPerfectSeparationAndHalfForIdenticalScores(
            @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 1) Double> low,
            @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 1.5, max = 2) Double> high,
            @ForAll @DoubleRange(min = 0, max = 2) double same) {
        int n = low.size() + high.size();
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = i >= low.size();
            scores[i] = positive[i] ? high.get(i - low.size()) : low.get(i);
        }
        assertEquals(1.0, RocAuc.of(scores, positive), 1e-12);
        double[] identical = new double[n];
        Arrays.fill(identical, same);
        assertEquals(0.5, RocAuc.of(identical, positive), 1e-12);
    }

    @Test
    void regretIsTheGapToTheBestAvailableResponse() {
        assertEquals(4.0, SelectionRegret.of(new double[] {3, 9, 5}, 2), 1e-12);
        assertEquals(0.0, SelectionRegret.of(new double[] {3, 9, 5}, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SelectionRegret.of(new double[] {3}, 1));
    }

    @Test
    void attackerRewardShareComparesWhatAttackersTookWithHowManyTheyWere() {
        RewardShare share = AttackerRewardShare.of(Map.of("a", 30L, "b", 70L, "c", 0L), Set.of("a", "x"));
        assertEquals(0.3, share.attackerShare(), 1e-12);
        assertEquals(1.0 / 3, share.populationShare(), 1e-12);
        assertEquals(0.9, share.ratio(), 1e-12);
        assertTrue(Double.isNaN(AttackerRewardShare.of(Map.of("a", 0L), Set.of("a")).attackerShare()));
    }
}
