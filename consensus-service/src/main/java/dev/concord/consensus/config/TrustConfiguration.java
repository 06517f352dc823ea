package dev.concord.consensus.config;

import dev.concord.quality.trust.TrustRule;
import dev.concord.quality.trust.TrustRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrustConfiguration {

    /** Fails start-up for an unknown rule name, with the valid names in the message. */
    @Bean
    TrustRule trustRule(ConsensusProperties properties) {
        return TrustRules.byName(properties.trustRule());
    }
}
