package dev.concord.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.concord.gateway.access.AccessRefusedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reservation call as the reward service receives it: its internal token, the round's fee and deadline. */
class PrepaidAccountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(201);
    private HttpServer reward;

    @BeforeEach
    void startReward() throws IOException {
        reward = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        reward.createContext("/v1/accounts/acct-1/reservations", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        reward.start();
    }

    @AfterEach
    void stopReward() {
        reward.stop(0);
    }

    @Test
    void sendsTheInternalTokenAndTheRoundsDeadline() {
        Instant deadline = Instant.parse("2026-11-26T10:00:30Z");

        accounts("internal-secret").reserve("acct-1", "round-1", 2_000, deadline);

        assertThat(authorization.get()).isEqualTo("Bearer internal-secret");
        JsonNode sent = JSON.readTree(body.get());
        assertThat(sent.get("requestId").asString()).isEqualTo("round-1");
        assertThat(sent.get("amountMicros").asLong()).isEqualTo(2_000);
        assertThat(Instant.parse(sent.get("roundDeadline").asString())).isEqualTo(deadline);
    }

    @Test
    void aRefusedTokenMakesTheAccountUnavailableAndAShortBalanceIsOutOfQuota() {
        status.set(401);
        assertThatThrownBy(() -> accounts("wrong").reserve("acct-1", "round-1", 2_000, Instant.now()))
                .isInstanceOf(AccountUnavailableException.class).hasMessageContaining("401");
        status.set(402);
        assertThatThrownBy(() -> accounts("internal-secret").reserve("acct-1", "round-2", 2_000, Instant.now()))
                .isInstanceOf(AccessRefusedException.class);
    }

    private PrepaidAccounts accounts(String token) {
        return PrepaidAccounts.at("http://127.0.0.1:" + reward.getAddress().getPort(), token, JSON);
    }
}
