package dev.concord.consensus.config;

import dev.concord.quality.trust.AdaptiveTrustParameters;
import dev.concord.quality.trust.TrustParameters;
import jakarta.validation.Valid;
import java.time.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultRule aggregation rule for rounds whose prompt names none
 * @param trust       the evaluator trust update
 * @param sweepMillis  how often rounds past a deadline are looked for
 * @param revealWindow how long committed nodes have to reveal once the commit window closes (capped by the round's
 *                     deadline); it only delays a round in which a committed node stays silent
 */
@Validated
@ConfigurationProperties("concord.consensus")
public record ConsensusProperties(@DefaultValue("weighted-mean") @NotBlank String defaultRule,
                                  @DefaultValue @Valid Trust trust,
                                  @DefaultValue("200") @Positive long sweepMillis,
                                  @DefaultValue("3s") Duration revealWindow) {

    /**
     * @param rule     concord-quality's name: {@code multiplicative} (S2's Eq. 21) or {@code adaptive} (Concord's)
     * @param lambda   Eq. 21's learning rate (the adaptive rule does not use it)
     * @param adaptive the adaptive rule's own parameters; the weight bounds above apply to both rules
     */
    public record Trust(@DefaultValue("adaptive") @NotBlank String rule,
                        @DefaultValue("0.1") double lambda,
                        @DefaultValue("1.0") double initialWeight,
                        @DefaultValue("0.1") double minWeight,
                        @DefaultValue("2.0") double maxWeight,
                        @DefaultValue @Valid Adaptive adaptive) {

        public TrustParameters parameters() {
            return new TrustParameters(lambda, initialWeight, minWeight, maxWeight);
        }
    }

    /**
     * {@link AdaptiveTrustParameters}, one property each; the defaults are concord-quality's (a test keeps them
     * equal) and their meaning is documented there.
     */
    public record Adaptive(@DefaultValue("3.0") double tolerance,
                           @DefaultValue("4.0") double excessCap,
                           @DefaultValue("0.05") double penaltyRate,
                           @DefaultValue("0.02") double forgiveness,
                           @DefaultValue("0.1") double agreementScaleFloor,
                           @DefaultValue("10") double priorRounds,
                           @DefaultValue("0.9") double coordinationCosine,
                           @DefaultValue("1.0") double coordinationFactor,
                           @DefaultValue("0.03") double agreementRise,
                           @DefaultValue("0.03") double agreementFall,
                           @DefaultValue("0.3") double fullAgreement,
                           @DefaultValue("0.05") double biasRate,
                           @DefaultValue("1.0") double biasTolerance,
                           @DefaultValue("0.5") double biasScale) {

        /** @throws IllegalArgumentException naming the invalid parameters */
        public AdaptiveTrustParameters parameters(TrustParameters bounds) {
            return new AdaptiveTrustParameters(bounds, tolerance, excessCap, penaltyRate, forgiveness,
                    agreementScaleFloor, priorRounds, coordinationCosine, coordinationFactor, agreementRise,
                    agreementFall, fullAgreement, biasRate, biasTolerance, biasScale);
        }
    }
}
