package dev.concord.gateway.access;

import java.time.Instant;

/**
 * An API key as the admin sees it: never its secret, nor the secret's hash.
 *
 * @param budgetMicros the spending cap in fee micros, or null for none
 * @param spentMicros  the fees charged so far (a round's fee is charged when it starts, refunded if it fails)
 * @param accountId    the client's prepaid account in the reward service, when it has one
 */
public record ApiKey(String id, String name, int requestsPerMinute, long tokensPerMinute, Long budgetMicros,
                     long spentMicros, String accountId, Instant createdAt, Instant rotatedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
