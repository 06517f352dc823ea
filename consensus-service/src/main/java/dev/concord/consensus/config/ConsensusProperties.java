package dev.concord.consensus.config;

import dev.concord.quality.trust.TrustParameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultRule aggregation rule for rounds whose prompt names none
 * @param trust       the evaluator trust update
 * @param sweepMillis how often rounds past a deadline are looked for
 */
@Validated
@ConfigurationProperties("concord.consensus")
public record ConsensusProperties(@DefaultValue("weighted-mean") @NotBlank String defaultRule,
                                  @DefaultValue @Valid Trust trust,
                                  @DefaultValue("200") @Positive long sweepMillis) {

    /**
     * @param rule concord-quality's name: {@code multiplicative} (S2's Eq. 21, with the parameters below) or
     *             {@code adaptive} (Concord's, with its documented defaults)
     */
    public record Trust(@DefaultValue("adaptive") @NotBlank String rule,
                        @DefaultValue("0.1") double lambda,
                        @DefaultValue("1.0") double initialWeight,
                        @DefaultValue("0.1") double minWeight,
                        @DefaultValue("2.0") double maxWeight) {

        public TrustParameters parameters() {
            return new TrustParameters(lambda, initialWeight, minWeight, maxWeight);
        }
    }
}
