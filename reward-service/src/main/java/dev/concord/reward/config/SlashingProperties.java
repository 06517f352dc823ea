package dev.concord.reward.config;

import dev.concord.reward.settlement.DeviationRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slashing for sustained deviation ([ours] defaults): trust at or below {@code deviationFloorWeight} (consensus's
 * w_min) for {@code deviationRounds} decided rounds in a row costs {@code deviationSlashBasisPoints} of the bonded
 * stake, and the evaluator is jailed.
 */
@ConfigurationProperties("concord.reward.slashing")
public record SlashingProperties(@DefaultValue("0.1") double deviationFloorWeight,
                                 @DefaultValue("20") int deviationRounds,
                                 @DefaultValue("1000") int deviationSlashBasisPoints) {

    public DeviationRule deviationRule() {
        return new DeviationRule(deviationFloorWeight, deviationRounds, deviationSlashBasisPoints);
    }
}
