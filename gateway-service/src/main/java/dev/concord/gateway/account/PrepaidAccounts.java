package dev.concord.gateway.account;

import dev.concord.gateway.access.AccessRefusedException;
import dev.concord.runtime.access.BearerToken;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients' prepaid accounts in the reward service: before a round of a key with an account starts, its fee is
 * reserved there ({@code POST /v1/accounts/{id}/reservations}, idempotent per round id, with the reward service's
 * internal token); the reward service settles the reservation by the round's fee, or
 * voids it, when the decision arrives, and expires it some time after the round's deadline if no decision comes.
 * Blocking HTTP: call it off the event loop.
 */
public class PrepaidAccounts {

    private static final Logger log = LoggerFactory.getLogger(PrepaidAccounts.class);

    private final RestClient reward;
    private final JsonMapper json;

    private PrepaidAccounts(RestClient reward, JsonMapper json) {
        this.reward = reward;
        this.json = json;
    }

    /** The reward service at {@code rewardUrl}, called with its internal token (none sent when blank). */
    public static PrepaidAccounts at(String rewardUrl, String internalToken, JsonMapper json) {
        RestClient.Builder reward = RestClient.builder().baseUrl(rewardUrl).requestFactory(new JdkClientHttpRequestFactory());
        if (!internalToken.isBlank()) {
            reward.defaultHeader(HttpHeaders.AUTHORIZATION, BearerToken.header(internalToken));
        }
        return new PrepaidAccounts(reward.build(), json);
    }

    /**
     * @throws AccessRefusedException      the account cannot cover the fee (reward answered 402)
     * @throws AccountUnavailableException the reward service did not take the reservation
     */
    public void reserve(String accountId, String roundId, long feeMicros, Instant roundDeadline) {
        try {
            reward.post().uri("/v1/accounts/{accountId}/reservations", accountId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(Map.of("requestId", roundId, "amountMicros", feeMicros,
                            "roundDeadline", roundDeadline.toString())))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == HttpStatus.PAYMENT_REQUIRED.value()) {
                throw AccessRefusedException.budgetExhausted("the prepaid account " + accountId
                        + " cannot cover the round's fee of " + feeMicros + " micros");
            }
            if (e.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
                log.error("round {}: the reward service refused this gateway's internal token; check "
                        + "concord.gateway.reward-token", roundId);
            }
            throw new AccountUnavailableException("the reward service refused the reservation for round " + roundId
                    + ": HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new AccountUnavailableException("the reward service could not be reached to reserve round " + roundId, e);
        }
    }
}
