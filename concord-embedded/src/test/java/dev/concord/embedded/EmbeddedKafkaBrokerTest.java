package dev.concord.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @Test
    void producedRecordIsConsumedFromACreatedTopic() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.temporary())) {
            kafka.createTopics("concord.test");
            kafka.createTopics("concord.test"); // idempotent

            produce(kafka.bootstrapServers(), "concord.test", "round-1", "hello");

            assertThat(consumeAll(kafka.bootstrapServers(), "concord.test", 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("round-1", "hello"));
            try (Admin admin = admin(kafka)) {
                assertThat(admin.describeTopics(Set.of("concord.test")).allTopicNames().get()
                        .get("concord.test").partitions()).hasSize(EmbeddedKafkaConfig.DEFAULT_PARTITIONS);
            }
        }
    }

    @Test
    void compactedTopicKeepsItsConfiguration() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.temporary())) {
            kafka.createTopics(List.of(new NewTopic("concord.registry", 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact"))));

            try (Admin admin = admin(kafka)) {
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "concord.registry");
                assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic)
                        .get("cleanup.policy").value()).isEqualTo("compact");
            }
        }
    }

    @Test
    void recordsSurviveARestartOnAPersistentDirectory(@TempDir Path dir) {
        Path data = dir.resolve("kafka");
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.persistent(data, 0, 0))) {
            produce(kafka.bootstrapServers(), "concord.durable", "k", "kept");
        }
        assertThat(data.resolve("kraft-logs").resolve("meta.properties")).exists();

        // New free ports on purpose: the node must come back from its formatted directory regardless.
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.persistent(data, 0, 0))) {
            assertThat(consumeAll(kafka.bootstrapServers(), "concord.durable", 1))
                    .extracting(ConsumerRecord::value).containsExactly("kept");
        }
        assertThat(data).exists();
    }

    @Test
    void temporaryDirectoryIsDeletedOnClose() {
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.temporary());
        Path directory = kafka.dataDirectory();
        assertThat(directory).isDirectory();
        kafka.close();
        assertThat(Files.exists(directory)).isFalse();
    }

    private static Admin admin(EmbeddedKafkaBroker kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static void produce(String bootstrapServers, String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrapServers, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
