package dev.concord.reward;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.reward.settlement.Settler;
import dev.concord.reward.support.ApiClient;
import dev.concord.reward.support.LedgerInvariants;
import dev.concord.testsupport.SharedInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every reward-service integration test shares: the real Kafka and PostgreSQL, an HTTP client for the running
 * service, and the ledger's invariants checked after every test.
 */
abstract class RewardServiceIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "reward");
    }

    @Autowired
    EventCodec codec;
    @Autowired
    Settler settler;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void ledgerStaysBalanced() {
        LedgerInvariants.assertHold(jdbc);
    }

    /** How the round's reservation was closed ("settled 2500 1500": outcome, charged, released); null while open. */
    String closure(String requestId) {
        return jdbc.sql("SELECT outcome || ' ' || charged_micros || ' ' || released_micros FROM reservation_closures "
                + "WHERE request_id = ?").param(requestId).query(String.class).optional().orElse(null);
    }
}
