package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CosineScaleTest {

    private final CosineScale scale = new CosineScale(0.35, 0.95);

    @Test
    void mapsLinearlyBetweenTheBoundsAndClampsOutside() {
        assertThat(scale.toScore(0.65)).isCloseTo(5.0, within(1e-9));
        assertThat(scale.toScore(0.35)).isZero();
        assertThat(scale.toScore(-0.2)).isZero();
        assertThat(scale.toScore(0.95)).isCloseTo(10.0, within(1e-9));
        assertThat(scale.toScore(1.0)).isEqualTo(10.0);
    }

    @Test
    void rejectsAFloorNotBelowTheCeiling() {
        assertThatThrownBy(() -> new CosineScale(0.9, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cosineOfParallelOrthogonalAndZeroVectors() {
        assertThat(Cosine.similarity(new float[] {1, 2}, new float[] {2, 4})).isCloseTo(1.0, within(1e-9));
        assertThat(Cosine.similarity(new float[] {1, 0}, new float[] {0, 3})).isZero();
        assertThat(Cosine.similarity(new float[] {0, 0}, new float[] {1, 1})).isZero();
    }
}
