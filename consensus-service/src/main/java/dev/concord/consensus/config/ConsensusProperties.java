package dev.concord.consensus.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultRule aggregation rule for rounds whose prompt names none
 * @param trustRule   the evaluator trust update, by concord-quality's name ({@code multiplicative} is S2's Eq. 21)
 * @param sweepMillis how often rounds past a deadline are looked for
 */
@Validated
@ConfigurationProperties("concord.consensus")
public record ConsensusProperties(@DefaultValue("median") @NotBlank String defaultRule,
                                  @DefaultValue("multiplicative") @NotBlank String trustRule,
                                  @DefaultValue("200") @Positive long sweepMillis) {
}
