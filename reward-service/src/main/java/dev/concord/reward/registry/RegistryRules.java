package dev.concord.reward.registry;

import java.time.Duration;

/**
 * What joining costs: a registration fee (kept by the protocol) and a minimum bonded stake per node, so identities
 * are not free (Sybil resistance); and how long a challenge may be answered.
 */
public record RegistryRules(long registrationFeeMicros, long minimumStakeMicros, Duration challengeTtl) {

    public RegistryRules {
        if (registrationFeeMicros < 0 || minimumStakeMicros <= 0 || challengeTtl.isNegative() || challengeTtl.isZero()) {
            throw new IllegalArgumentException("registration fee must be >= 0, minimum stake and challenge TTL > 0");
        }
    }
}
