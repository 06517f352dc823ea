package dev.concord.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the shared Kafka from the beginning until enough records match, for assertions on what a
 * service published. Committed records only ({@code read_committed}), keys and values as strings.
 *
 * <p>It assigns itself every partition instead of joining a consumer group: nothing to rebalance, nothing to
 * commit, and no group left behind on the shared broker.
 */
public final class KafkaTestConsumer {

    private static final Duration POLL = Duration.ofMillis(100);

    private KafkaTestConsumer() {
    }

    /** The first record of {@code topic} that matches, or an AssertionError after {@code timeout}. */
    public static ConsumerRecord<String, String> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, String>> predicate, Duration timeout) {
        return awaitRecords(topic, predicate, 1, timeout).get(0);
    }

    /** The first {@code count} matching records of {@code topic}, or an AssertionError after {@code timeout}. */
    public static List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, String>> predicate, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            boolean assigned = false;
            while (matches.size() < count && System.nanoTime() < deadline) {
                if (!assigned) {
                    assigned = assignAllFromBeginning(consumer, topic);
                    continue;
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    seen++;
                    if (predicate.test(record) && matches.size() < count) {
                        matches.add(record);
                    }
                }
            }
        }
        if (matches.size() < count) {
            throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + " but found " + matches.size() + " among " + seen + " read");
        }
        return matches;
    }

    /** False while the topic does not exist yet; reading never creates it. */
    private static boolean assignAllFromBeginning(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> partitions;
        try {
            partitions = consumer.partitionsFor(topic, POLL);
        } catch (org.apache.kafka.common.errors.TimeoutException slowMetadata) {
            // the first metadata request of a new client can outlast one short poll; try again
            partitions = List.of();
        }
        if (partitions.isEmpty()) {
            sleep(POLL);
            return false;
        }
        List<TopicPartition> assignment = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(assignment);
        consumer.seekToBeginning(assignment);
        return true;
    }

    private static Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a topic", e);
        }
    }
}
