package dev.concord.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.Settlement;
import dev.concord.testsupport.KafkaTestConsumer;
import dev.concord.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on the real PostgreSQL and Kafka: committed events go out, rolled-back ones never do. */
@SpringBootTest(properties = {
        "concord.runtime.registry-feed=false",
        "spring.flyway.locations=classpath:db/concord-runtime",
        "spring.kafka.producer.key-serializer=org.apache.kafka.common.serialization.StringSerializer",
        "spring.kafka.producer.value-serializer=org.apache.kafka.common.serialization.StringSerializer"})
class OutboxIntegrationTest {

    private static final String TOPIC = "outbox.test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "outbox_test");
    }

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCodec codec;

    @Test
    void committedEventIsPublishedAndMarked() {
        Settlement event = settlement();
        tx.executeWithoutResult(status -> outbox.enqueue(TOPIC, event));

        String json = KafkaTestConsumer.awaitRecord(TOPIC, r -> r.key().equals(event.requestId()), Duration.ofSeconds(20)).value();
        assertThat(codec.decode(json, Settlement.class)).isEqualTo(event);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT published_at IS NOT NULL FROM concord_outbox WHERE event_key = ?").param(event.requestId())
                .query(Boolean.class).single());
    }

    @Test
    void rolledBackEventLeavesNoRowAndIsNeverPublished() {
        Settlement event = settlement();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            outbox.enqueue(TOPIC, event);
            throw new IllegalStateException("the business write failed");
        })).hasMessageContaining("business write failed");

        assertThat(jdbc.sql("SELECT count(*) FROM concord_outbox WHERE event_key = ?").param(event.requestId())
                .query(Long.class).single()).isZero();
        assertThat(relay.flush()).isZero();
    }

    @Test
    void enqueueOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(TOPIC, settlement())).isInstanceOf(IllegalStateException.class);
    }

    private static Settlement settlement() {
        return new Settlement(Settlement.VERSION, "req-" + UUID.randomUUID(), 100, List.of(new Payout("protocol", 100, "test")),
                Instant.now());
    }
}
