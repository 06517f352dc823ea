package dev.concord.reward.config;

import dev.concord.reward.settlement.DeviationRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slashing ([ours] defaults). Sustained deviation: trust at or below {@code deviationFloorWeight} (consensus's w_min)
 * for {@code deviationRounds} decided rounds in a row costs {@code deviationSlashBasisPoints} of the bonded stake, and
 * the evaluator is jailed. A provable fault carried by a decision (commitment mismatch, early reveal, timeout after
 * accepting) costs {@code faultSlashBasisPoints}.
 */
@ConfigurationProperties("concord.reward.slashing")
public record SlashingProperties(@DefaultValue("0.1") double deviationFloorWeight,
                                 @DefaultValue("20") int deviationRounds,
                                 @DefaultValue("1000") int deviationSlashBasisPoints,
                                 @DefaultValue("500") int faultSlashBasisPoints) {

    public DeviationRule deviationRule() {
        return new DeviationRule(deviationFloorWeight, deviationRounds, deviationSlashBasisPoints);
    }
}
