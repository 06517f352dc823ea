package dev.concord.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (combined KRaft broker and controller) inside this JVM.
 * Start with {@link #start(EmbeddedKafkaConfig)}; {@link #close()} shuts it down cleanly.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final WorkDirectory directory;
    private final String bootstrapServers;
    private final int partitions;

    private EmbeddedKafkaBroker(KafkaRaftServer server, WorkDirectory directory, String bootstrapServers,
                                int partitions) {
        this.server = server;
        this.directory = directory;
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
    }

    /** Formats the storage if it is new, starts the node and returns once it accepts clients. */
    public static EmbeddedKafkaBroker start(EmbeddedKafkaConfig config) {
        long started = System.nanoTime();
        WorkDirectory directory = WorkDirectory.of(config.dataDirectory(), "concord-kafka-");
        int port = FreePort.resolve(config.port());
        int controllerPort = FreePort.resolve(config.controllerPort());
        Path logDirectory = directory.path().resolve("kraft-logs");
        Properties properties = KraftProperties.of(port, controllerPort, logDirectory, config.partitions());
        KafkaStorageFormatter.formatUnlessFormatted(writeServerProperties(directory.path(), properties), logDirectory);

        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            // Returns after the broker has caught up with the metadata log and been unfenced.
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            directory.release();
            throw e;
        }
        String bootstrapServers = "127.0.0.1:" + port;
        log.info("Kafka (KRaft) ready on {} in {} ms, data in {}", bootstrapServers,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), directory.path());
        return new EmbeddedKafkaBroker(server, directory, bootstrapServers, config.partitions());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDirectory() {
        return directory.path();
    }

    /** Creates topics with the configured partition count; topics that already exist are left as they are. */
    public void createTopics(String... names) {
        createTopics(Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()))
                .toList());
    }

    /**
     * Creates topics exactly as described, e.g. compacted ones with
     * {@code new NewTopic(name, 3, (short) 1).configs(Map.of("cleanup.policy", "compact"))}.
     * Topics that already exist are left as they are.
     */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (var result : admin.createTopics(List.copyOf(topics)).values().entrySet()) {
                awaitCreated(result.getKey(), result.getValue());
            }
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + topic + " not created within " + ADMIN_TIMEOUT, e);
        }
    }

    /** Stops the node (flushing its logs) and deletes its directory if it was a temporary one. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        directory.release();
        log.info("Kafka on {} stopped", bootstrapServers);
    }

    /** kafka-storage reads its configuration from a file; the copy also documents how the node was run. */
    private static Path writeServerProperties(Path directory, Properties properties) {
        Path file = directory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Written by Concord's EmbeddedKafkaBroker on each start");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
