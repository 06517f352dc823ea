package dev.concord.bench.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.scoring.Calibration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsotonicFitTest {

    @Test
    void poolsAdjacentViolatorsIntoTheirMean() {
        // targets 1, 3, 2, 4 over raw 0..3: the violating pair (3, 2) pools into 2.5 at raw 1.5
        List<Calibration.Knot> knots = IsotonicFit.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 2, 4});

        assertEquals(List.of(new Calibration.Knot(0, 1), new Calibration.Knot(1.5, 2.5), new Calibration.Knot(3, 4)),
                knots);
    }

    @Test
    void aFallingRelationPoolsIntoOneKnotAtTheMean() {
        List<Calibration.Knot> knots = IsotonicFit.fit(new double[] {0, 1, 2}, new double[] {9, 6, 3});

        assertEquals(List.of(new Calibration.Knot(1, 6)), knots);
    }

    @Test
    void theFittedCurveIsMonotoneKeepsTheMeanAndFollowsANoisyRisingRelation() {
        SplittableRandom random = new SplittableRandom(3);
        double[] raw = new double[2000];
        double[] target = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = random.nextDouble();
            target[i] = Math.max(0, Math.min(10, 10 * raw[i] * raw[i] + random.nextGaussian()));
        }
        Calibration curve = new Calibration("t", "x", "m", "f", IsotonicFit.fit(raw, target));

        double fittedMean = 0;
        double targetMean = 0;
        for (int i = 0; i < raw.length; i++) {
            fittedMean += curve.toScore(raw[i]) / raw.length;
            targetMean += target[i] / raw.length;
        }
        assertEquals(targetMean, fittedMean, 0.05);
        assertEquals(2.5, curve.toScore(0.5), 0.5);
        assertEquals(8.1, curve.toScore(0.9), 0.6);
    }
}
