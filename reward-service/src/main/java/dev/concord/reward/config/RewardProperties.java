package dev.concord.reward.config;

import dev.concord.quality.reward.RewardParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reward weights and fee split of PROOF-OF-QUALITY.md step 9 ([ours] defaults, the same as
 * {@link RewardParameters#defaults()}); validated by {@link RewardParameters} at startup.
 *
 * @param alpha                    inference quality weight
 * @param beta                     inference cost weight
 * @param alphaEvaluator           evaluator agreement weight
 * @param betaEvaluator            evaluator cost weight
 * @param protocolBasisPoints      the protocol's share of each fee, 0..10000
 * @param inferencePoolBasisPoints the inference pool's share of the rest, 0..10000; evaluators get the remainder
 */
@ConfigurationProperties("concord.reward")
public record RewardProperties(@DefaultValue("1") double alpha,
                               @DefaultValue("0.5") double beta,
                               @DefaultValue("1") double alphaEvaluator,
                               @DefaultValue("0.5") double betaEvaluator,
                               @DefaultValue("500") int protocolBasisPoints,
                               @DefaultValue("7000") int inferencePoolBasisPoints) {

    public RewardParameters parameters() {
        return new RewardParameters(alpha, beta, alphaEvaluator, betaEvaluator, protocolBasisPoints,
                inferencePoolBasisPoints);
    }
}
