package dev.concord.runtime.registry;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.RegistryEntry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the whole compacted registry topic into the {@link NodeRegistry}, then follows it. Every instance needs every
 * entry, so it assigns all partitions itself instead of joining a consumer group.
 */
public class RegistryFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RegistryFeed.class);

    private final Map<String, Object> consumerConfig;
    private final NodeRegistry registry;
    private final EventCodec codec;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;

    public RegistryFeed(Map<String, Object> baseConsumerConfig, NodeRegistry registry, EventCodec codec) {
        Map<String, Object> config = new HashMap<>(baseConsumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig = config;
        this.registry = registry;
        this.codec = codec;
    }

    /** Waits until every registry record that existed at start-up has been applied. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts following the registry and waits (up to a minute) until it has caught up. Runs in an early lifecycle
     * phase, so Kafka listeners, which check signatures against the registry, start only after it.
     */
    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
        thread = new Thread(this::run, "registry-feed");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!awaitCaughtUp(Duration.ofMinutes(1))) {
                log.warn("registry not caught up after a minute; starting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPhase() {
        return 0;
    }

    private void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = endOffsets(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        apply(record);
                    }
                    if (caughtUp.getCount() > 0 && end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                        log.info("registry caught up at version {}", registry.version());
                        caughtUp.countDown();
                    }
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (KafkaException transientFailure) {
                    // a slow or restarting broker: keep following, the registry must never silently stop updating
                    log.warn("registry feed: {}; retrying", transientFailure.getMessage());
                    pause();
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer up
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private List<TopicPartition> awaitPartitions() {
        while (true) {
            try {
                var infos = consumer.partitionsFor(Topics.REGISTRY, Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                }
            } catch (TimeoutException slowBroker) {
                log.info("registry feed: waiting for the registry topic's metadata");
            }
            pause();
        }
    }

    private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
        while (true) {
            try {
                return consumer.endOffsets(partitions, Duration.ofSeconds(5));
            } catch (TimeoutException slowBroker) {
                log.info("registry feed: waiting for the registry topic's end offsets");
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        try {
            RegistryEntry entry = codec.decode(record.value(), RegistryEntry.class);
            if (!entry.nodeId().equals(record.key())) {
                log.warn("registry record keyed {} names node {}: ignored", record.key(), entry.nodeId());
                return;
            }
            registry.apply(entry);
        } catch (InvalidEventException | IllegalArgumentException e) {
            log.warn("invalid registry record at offset {}: {}", record.offset(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(3_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
