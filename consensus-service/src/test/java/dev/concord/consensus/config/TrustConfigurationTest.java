package dev.concord.consensus.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.quality.trust.AdaptiveTrustParameters;
import dev.concord.quality.trust.AdaptiveTrustRule;
import dev.concord.quality.trust.MultiplicativeTrustRule;
import dev.concord.quality.trust.TrustParameters;
import dev.concord.quality.trust.TrustRule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class TrustConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ConsensusProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, TrustConfiguration.class);

    @Test
    void theDefaultIsTheAdaptiveRuleWithConcordQualitysDefaults() {
        context.run(app -> assertThat(app.getBean(TrustRule.class))
                .isEqualTo(new AdaptiveTrustRule(AdaptiveTrustParameters.defaults())));
    }

    @Test
    void everyAdaptiveParameterAndTheBoundsAreConfigurable() {
        context.withPropertyValues("concord.consensus.trust.max-weight=3.0",
                        "concord.consensus.trust.adaptive.bias-tolerance=2.5",
                        "concord.consensus.trust.adaptive.forgiveness=0.01")
                .run(app -> {
                    AdaptiveTrustParameters parameters = ((AdaptiveTrustRule) app.getBean(TrustRule.class)).parameters();
                    assertThat(parameters.bounds().maxWeight()).isEqualTo(3.0);
                    assertThat(parameters.biasTolerance()).isEqualTo(2.5);
                    assertThat(parameters.forgiveness()).isEqualTo(0.01);
                    assertThat(parameters.tolerance()).isEqualTo(AdaptiveTrustParameters.defaults().tolerance());
                });
    }

    @Test
    void eq21TakesItsLearningRate() {
        context.withPropertyValues("concord.consensus.trust.rule=multiplicative", "concord.consensus.trust.lambda=0.2")
                .run(app -> assertThat(app.getBean(TrustRule.class))
                        .isEqualTo(new MultiplicativeTrustRule(new TrustParameters(0.2, 1.0, 0.1, 2.0))));
    }

    @Test
    void anUnknownRuleOrAnInvalidParameterStopsStartUpWithTheReason() {
        context.withPropertyValues("concord.consensus.trust.rule=majority")
                .run(app -> assertThat(app).getFailure().rootCause()
                        .hasMessageContaining("unknown trust rule 'majority'; valid names: multiplicative, adaptive"));
        context.withPropertyValues("concord.consensus.trust.adaptive.forgiveness=1.5")
                .run(app -> assertThat(app).getFailure().rootCause()
                        .hasMessageContaining("invalid adaptive trust parameters"));
    }
}
