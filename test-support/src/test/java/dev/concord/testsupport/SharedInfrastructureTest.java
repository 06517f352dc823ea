package dev.concord.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

    @Test
    void kafkaRoundTripThroughTheSharedBroker() throws Exception {
        String topic = "concord.plain." + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "r-1", "noise")).get();
            producer.send(new ProducerRecord<>(topic, "r-2", "wanted")).get();
        }

        ConsumerRecord<String, String> record =
                KafkaTestConsumer.awaitRecord(topic, r -> r.value().equals("wanted"), Duration.ofSeconds(20));

        assertThat(record.key()).isEqualTo("r-2");
        assertThat(SharedInfrastructure.kafkaBootstrapServers()).isEqualTo(SharedInfrastructure.kafkaBootstrapServers());
    }

    @Test
    void awaitingARecordThatNeverComesFails() throws Exception {
        String topic = "concord.plain." + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "r-1", "other")).get();
        }

        assertThatThrownBy(() -> KafkaTestConsumer.awaitRecord(topic, r -> r.value().equals("never"),
                Duration.ofSeconds(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 0 among 1 read");
    }

    @Test
    void postgresRoundTripInAServiceSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(SharedInfrastructure.jdbcUrl("plain_test"),
                SharedInfrastructure.username(), SharedInfrastructure.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS note (id text PRIMARY KEY)");
            s.execute("INSERT INTO note VALUES ('n-1') ON CONFLICT DO NOTHING");
            try (ResultSet row = s.executeQuery("SELECT id, current_schema() FROM plain_test.note")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("n-1");
                assertThat(row.getString(2)).isEqualTo("plain_test");
            }
        }
    }

    @Test
    void autoModeResolvesToAConcreteMode() {
        assertThat(SharedInfrastructure.mode()).isIn(InfraMode.DOCKER, InfraMode.EMBEDDED);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
