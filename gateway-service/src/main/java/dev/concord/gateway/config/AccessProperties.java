package dev.concord.gateway.config;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the gateway, and how much.
 *
 * @param adminToken        the bearer token of the key admin API ({@code /admin/keys}); blank disables that API
 * @param anonymousAccess   serve requests without an API key, unlimited (the local run); a presented key is still checked
 * @param requestsPerMinute a new key's request limit unless the admin sets one
 * @param tokensPerMinute   a new key's token limit (prompt plus completion tokens) unless the admin sets one
 * @param maxRequestSize    the largest request body accepted; larger ones get 413
 */
@Validated
@ConfigurationProperties("concord.gateway.access")
public record AccessProperties(@DefaultValue("") String adminToken,
                               @DefaultValue("false") boolean anonymousAccess,
                               @DefaultValue("60") @Positive int requestsPerMinute,
                               @DefaultValue("200000") @Positive long tokensPerMinute,
                               @DefaultValue("256KB") DataSize maxRequestSize) {

    public boolean adminEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }
}
