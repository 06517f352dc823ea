package dev.concord.reward.registry;

import java.time.Duration;

/**
 * What joining costs: a registration fee (kept by the protocol, once per node id: it prices an identity) and a minimum
 * bonded stake per node, so identities are not free (Sybil resistance); how long a challenge may be answered; and how
 * long a jailed node stays out of selection before its operator may activate it again.
 */
public record RegistryRules(long registrationFeeMicros, long minimumStakeMicros, Duration challengeTtl,
                            Duration jailTime) {

    public RegistryRules {
        if (registrationFeeMicros < 0 || minimumStakeMicros <= 0 || challengeTtl.isNegative() || challengeTtl.isZero()
                || jailTime.isNegative()) {
            throw new IllegalArgumentException("registration fee and jail time must be >= 0, minimum stake and "
                    + "challenge TTL > 0");
        }
    }
}
