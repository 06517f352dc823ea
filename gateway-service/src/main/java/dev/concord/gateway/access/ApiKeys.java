package dev.concord.gateway.access;

import dev.concord.gateway.config.AccessProperties;
import dev.concord.gateway.persistence.ApiKeyRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creating, listing, rotating and revoking API keys, and finding the key a secret belongs to. */
public class ApiKeys {

    private final ApiKeyRepository keys;
    private final AccessProperties properties;
    private final Clock clock;

    public ApiKeys(ApiKeyRepository keys, AccessProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new key; the secret in the answer is the only copy there will ever be. */
    public Issued create(NewKey spec) {
        ApiKey key = new ApiKey(ApiKeySecret.newId(), spec.name(),
                spec.requestsPerMinute() == null ? properties.requestsPerMinute() : spec.requestsPerMinute(),
                spec.tokensPerMinute() == null ? properties.tokensPerMinute() : spec.tokensPerMinute(),
                spec.budgetMicros(), 0, spec.accountId(), clock.instant(), null, null);
        String secret = ApiKeySecret.generate();
        keys.create(key, ApiKeySecret.hash(secret));
        return new Issued(key, secret);
    }

    public List<ApiKey> list() {
        return keys.list();
    }

    /** A new secret for a key that is not revoked; its limits, budget and spending stay. */
    public Optional<Issued> rotate(String id) {
        String secret = ApiKeySecret.generate();
        if (!keys.rotate(id, ApiKeySecret.hash(secret), clock.instant())) {
            return Optional.empty();
        }
        return keys.find(id).map(key -> new Issued(key, secret));
    }

    /** False when there is no such key, or it was revoked already. */
    public boolean revoke(String id) {
        return keys.revoke(id, clock.instant());
    }

    /** The live key the secret belongs to; a revoked key's secret finds nothing. */
    public Optional<ApiKey> authenticate(String secret) {
        return keys.findBySecretHash(ApiKeySecret.hash(secret)).filter(key -> !key.revoked());
    }

    /**
     * What the admin asks for; null limits take the configured defaults.
     *
     * @param budgetMicros the spending cap in fee micros, or null for none
     */
    public record NewKey(String name, Integer requestsPerMinute, Long tokensPerMinute, Long budgetMicros,
                         String accountId) {

        public NewKey {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            if (requestsPerMinute != null && requestsPerMinute < 1) {
                throw new IllegalArgumentException("requests_per_minute must be at least 1");
            }
            if (tokensPerMinute != null && tokensPerMinute < 1) {
                throw new IllegalArgumentException("tokens_per_minute must be at least 1");
            }
            if (accountId != null && (accountId.isBlank() || accountId.contains(":"))) {
                throw new IllegalArgumentException("account_id must be a reward-service client account id (no ':')");
            }
            if (budgetMicros != null && budgetMicros < 0) {
                throw new IllegalArgumentException("budget_micros must not be negative");
            }
        }
    }

    /** A key with its secret, right after creation or rotation. */
    public record Issued(ApiKey key, String secret) {
    }
}
