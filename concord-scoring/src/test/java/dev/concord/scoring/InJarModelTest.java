package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names and bounds are part of every signed score and every cached vector: a change here must fail a test. */
class InJarModelTest {

    @Test
    void versionedNamesCarryTheShippedJarVersions() {
        assertThat(InJarModel.MINILM.versionedName()).isEqualTo("all-minilm-l6-v2-q@1.19.0-beta29");
        assertThat(InJarModel.BGE.versionedName()).isEqualTo("bge-small-en-v15-q@1.18.1-beta28");
    }

    @Test
    void scalesKeepTheirProbedBounds() {
        assertThat(InJarModel.MINILM.scale()).isEqualTo(new CosineScale(0.0, 0.9));
        assertThat(InJarModel.BGE.scale()).isEqualTo(new CosineScale(0.35, 0.95));
    }

    @Test
    void encoderIsTheProcessWideOne() {
        assertThat(InJarModel.MINILM.encoder()).isSameAs(InJarEncoders.miniLm());
    }
}
