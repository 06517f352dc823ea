package dev.concord.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InfraModeTest {

    @Test
    void parsesModesCaseInsensitivelyAndDefaultsToAuto() {
        assertThat(InfraMode.parse(null)).isEqualTo(InfraMode.AUTO);
        assertThat(InfraMode.parse(" ")).isEqualTo(InfraMode.AUTO);
        assertThat(InfraMode.parse("Docker")).isEqualTo(InfraMode.DOCKER);
        assertThat(InfraMode.parse("embedded")).isEqualTo(InfraMode.EMBEDDED);
    }

    @Test
    void rejectsAnUnknownMode() {
        assertThatThrownBy(() -> InfraMode.parse("kubernetes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concord.test.infra");
    }

    @Test
    void autoFollowsDockerAvailabilityAndExplicitModesNeverProbe() {
        assertThat(InfraMode.AUTO.resolve(() -> true)).isEqualTo(InfraMode.DOCKER);
        assertThat(InfraMode.AUTO.resolve(() -> false)).isEqualTo(InfraMode.EMBEDDED);
        assertThat(InfraMode.EMBEDDED.resolve(() -> {
            throw new AssertionError("probed Docker for an explicit mode");
        })).isEqualTo(InfraMode.EMBEDDED);
    }
}
