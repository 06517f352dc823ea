package dev.concord.reward.config;

import dev.concord.reward.registry.RegistryRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry's rules and key ([ours] defaults).
 *
 * @param registrationFeeMicros what registering a node costs, kept by the protocol
 * @param minimumStakeMicros    the least stake a node may bond, and keep bonded to be active
 * @param challengeTtl          how long a registration or status challenge may be answered
 * @param jailTime              how long a jailed node must wait before its operator can activate it again; exiting
 *                              and registering again does not shorten it
 * @param authorityPrivateKey   Base64 PKCS#8 Ed25519 key the registry signs entries with; blank (either key): a pair
 *                              generated at start (its public key is logged and served at GET /v1/registry/authority)
 * @param authorityPublicKey    its Base64 X.509 public key, the one services verify registry entries with
 */
@ConfigurationProperties("concord.reward.registry")
public record RegistryProperties(@DefaultValue("1000000") long registrationFeeMicros,
                                 @DefaultValue("10000000") long minimumStakeMicros,
                                 @DefaultValue("5m") Duration challengeTtl,
                                 @DefaultValue("10m") Duration jailTime,
                                 @DefaultValue("") String authorityPrivateKey,
                                 @DefaultValue("") String authorityPublicKey) {

    public RegistryRules rules() {
        return new RegistryRules(registrationFeeMicros, minimumStakeMicros, challengeTtl, jailTime);
    }
}
