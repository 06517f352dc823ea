package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private final Calibration curve = new Calibration("test:s@1", "x", "m", "f",
            List.of(new Calibration.Knot(0.2, 1), new Calibration.Knot(0.4, 5), new Calibration.Knot(0.8, 9)));

    @Test
    void interpolatesBetweenKnotsAndIsFlatOutsideThem() {
        assertThat(curve.toScore(0.0)).isEqualTo(1);
        assertThat(curve.toScore(0.2)).isEqualTo(1);
        assertThat(curve.toScore(0.3)).isCloseTo(3, within(1e-9));
        assertThat(curve.toScore(0.4)).isEqualTo(5);
        assertThat(curve.toScore(0.7)).isCloseTo(8, within(1e-9));
        assertThat(curve.toScore(1.0)).isEqualTo(9);
        assertThat(curve.toScore(Double.NaN)).isZero();
    }

    @Test
    void findsTheRightSegmentAmongManyKnots() {
        Calibration steps = new Calibration("test:s@1", "x", "m", "f", List.of(new Calibration.Knot(0.0, 0),
                new Calibration.Knot(0.1, 1), new Calibration.Knot(0.2, 2), new Calibration.Knot(0.3, 4),
                new Calibration.Knot(0.5, 6), new Calibration.Knot(0.6, 6), new Calibration.Knot(0.9, 10)));

        assertThat(steps.toScore(0.05)).isCloseTo(0.5, within(1e-9));
        assertThat(steps.toScore(0.1)).isEqualTo(1);
        assertThat(steps.toScore(0.25)).isCloseTo(3, within(1e-9));
        assertThat(steps.toScore(0.3)).isEqualTo(4);
        assertThat(steps.toScore(0.4)).isCloseTo(5, within(1e-9));
        assertThat(steps.toScore(0.55)).isCloseTo(6, within(1e-9));
        assertThat(steps.toScore(0.75)).isCloseTo(8, within(1e-9));
    }

    @Test
    void roundTripsThroughItsJson() {
        assertThat(Calibration.fromJson(curve.toJson())).isEqualTo(curve);
    }

    @Test
    void refusesKnotsThatFallOrLeaveZeroToTen() {
        assertThatThrownBy(() -> new Calibration("s", "x", "m", "f",
                List.of(new Calibration.Knot(0.2, 5), new Calibration.Knot(0.4, 4)))).hasMessageContaining("rise");
        assertThatThrownBy(() -> new Calibration("s", "x", "m", "f", List.of(new Calibration.Knot(0.2, 11))))
                .hasMessageContaining("out of range");
    }

    @Test
    void eachShippedCurveBelongsToTheModelVersionOnTheClasspath() {
        for (InJarModel model : InJarModel.values()) {
            assertThat(model.calibration().scorer()).isEqualTo(model.scorerId());
            assertThat(model.calibration().toScore(1.0)).isGreaterThan(model.calibration().toScore(0.0));
        }
    }

    @Test
    void aCurveFittedForAnotherVersionIsRefusedByName() {
        assertThatThrownBy(() -> Calibration.load("minilm", "bi-encoder:all-minilm-l6-v2-q@0.0.1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bench.jar calibrate")
                .hasMessageContaining("0.0.1");
        assertThatThrownBy(() -> Calibration.load("nope", "x")).hasMessageContaining("calibration/nope.json");
    }
}
