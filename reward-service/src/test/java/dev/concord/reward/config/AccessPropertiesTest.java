package dev.concord.reward.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The tokens that guard deposits and reservations: required in production, never one for both. */
class AccessPropertiesTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(Access.class, WebConfiguration.class);

    @Test
    void productionRefusesToStartWithoutBothTokens() {
        context.withPropertyValues("spring.profiles.active=prod", "concord.reward.access.internal-token=abc")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("concord.reward.access.treasury-token")
                        .hasMessageNotContaining("internal-token"));
        context.withPropertyValues("spring.profiles.active=prod")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("concord.reward.access.internal-token")
                        .hasMessageContaining("concord.reward.access.treasury-token"));
    }

    @Test
    void productionStartsWithBothTokens() {
        context.withPropertyValues("spring.profiles.active=prod", "concord.reward.access.internal-token=abc",
                        "concord.reward.access.treasury-token=def")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void outsideProductionTheEndpointsStayClosedWithoutTokens() {
        context.run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void oneTokenForBothIsRefused() {
        context.withPropertyValues("concord.reward.access.internal-token=same", "concord.reward.access.treasury-token=same")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("must differ"));
    }

    @Test
    void toStringNeverShowsATokenOnTheLog() {
        assertThat(new AccessProperties("s3cret-1", "s3cret-2").toString()).doesNotContain("s3cret");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AccessProperties.class)
    static class Access {
    }
}
