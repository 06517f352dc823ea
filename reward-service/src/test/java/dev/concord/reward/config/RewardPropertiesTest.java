package dev.concord.reward.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.quality.reward.RewardParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RewardPropertiesTest {

    @Test
    void defaultsAreConcordQualitysDefaults() {
        RewardProperties properties = bind(Map.of());

        assertThat(properties.parameters()).isEqualTo(RewardParameters.defaults());
    }

    @Test
    void eachWeightCanBeSetAlone() {
        RewardProperties properties = bind(Map.of("concord.reward.beta", "0.8", "concord.reward.protocol-basis-points", "0"));

        assertThat(properties.parameters()).isEqualTo(new RewardParameters(1, 0.8, 1, 0.5, 0, 7000));
    }

    private static RewardProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("concord.reward", RewardProperties.class);
    }
}
