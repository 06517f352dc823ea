package dev.concord.consensus.config;

import dev.concord.quality.trust.AdaptiveTrustRule;
import dev.concord.quality.trust.MultiplicativeTrustRule;
import dev.concord.quality.trust.TrustRule;
import dev.concord.quality.trust.TrustRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrustConfiguration {

    /** Fails start-up for an unknown rule name or invalid parameters, with what is valid in the message. */
    @Bean
    TrustRule trustRule(ConsensusProperties properties) {
        ConsensusProperties.Trust trust = properties.trust();
        return switch (trust.rule()) {
            case MultiplicativeTrustRule.NAME -> new MultiplicativeTrustRule(trust.parameters());
            case AdaptiveTrustRule.NAME -> new AdaptiveTrustRule(trust.adaptive().parameters(trust.parameters()));
            default -> TrustRules.byName(trust.rule());
        };
    }
}
