package dev.concord.reward.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may move clients' money through the API. Two tokens, so a compromised gateway can lock funds in rounds but
 * never mint them: reads stay open, and a blank token closes what it guards (401) rather than opening it. With the
 * {@code prod} profile the service refuses to start unless both are set.
 *
 * @param internalToken bearer token of the platform's own services: the gateway reserves rounds' fees with it
 *                      ({@code POST /v1/accounts/{id}/reservations})
 * @param treasuryToken bearer token of the operator's treasury: only it credits accounts
 *                      ({@code POST /v1/accounts/{id}/deposits}), since a deposit brings new money into the ledger
 */
@ConfigurationProperties("concord.reward.access")
public record AccessProperties(@DefaultValue("") String internalToken,
                               @DefaultValue("") String treasuryToken) {

    public AccessProperties {
        if (!internalToken.isBlank() && internalToken.equals(treasuryToken)) {
            throw new IllegalArgumentException("concord.reward.access: the internal token and the treasury token must "
                    + "differ, or a gateway compromise could mint money");
        }
    }

    @Override
    public String toString() {
        return "AccessProperties[internalToken=" + (internalToken.isBlank() ? "unset" : "set")
                + ", treasuryToken=" + (treasuryToken.isBlank() ? "unset" : "set") + "]";
    }
}
