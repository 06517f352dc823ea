package dev.concord.gateway.access;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who sent a request: the API key it authenticated with, and that key's limits. The anonymous caller (only where
 * anonymous access is on) has no limits and no budget.
 *
 * @param accountId the key's prepaid account in the reward service, or null
 */
public record Caller(String keyId, int requestsPerMinute, long tokensPerMinute, String accountId) {

    public static final Caller ANONYMOUS = new Caller("anonymous", 0, 0, null);
    private static final String ATTRIBUTE = Caller.class.getName();

    public static Caller of(ApiKey key) {
        return new Caller(key.id(), key.requestsPerMinute(), key.tokensPerMinute(), key.accountId());
    }

    public boolean anonymous() {
        return ANONYMOUS.keyId.equals(keyId);
    }

    public void attachTo(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    /** The caller the authentication filter attached; requests that reach a guarded endpoint always have one. */
    public static Caller of(ServerWebExchange exchange) {
        Caller caller = exchange.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("no caller on " + exchange.getRequest().getPath() + ": is the path guarded?");
        }
        return caller;
    }
}
