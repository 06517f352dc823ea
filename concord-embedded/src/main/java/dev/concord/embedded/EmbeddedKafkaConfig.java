package dev.concord.embedded;

import java.nio.file.Path;

/**
 * How to run an {@link EmbeddedKafkaBroker}.
 *
 * @param port            client (PLAINTEXT) port; 0 picks a free one
 * @param controllerPort  KRaft controller port; 0 picks a free one
 * @param dataDirectory   where the log lives; {@code null} means a temporary directory deleted on close,
 *                        otherwise a directory that survives restarts (formatted only the first time)
 * @param partitions      default partition count of auto-created topics and of {@code createTopics(String...)}
 */
public record EmbeddedKafkaConfig(int port, int controllerPort, Path dataDirectory, int partitions) {

    public static final int DEFAULT_PARTITIONS = 3;

    public EmbeddedKafkaConfig {
        FreePort.requireValid(port, "port");
        FreePort.requireValid(controllerPort, "controllerPort");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /** Free ports, a temporary directory: what a test wants. */
    public static EmbeddedKafkaConfig temporary() {
        return new EmbeddedKafkaConfig(0, 0, null, DEFAULT_PARTITIONS);
    }

    /** Data kept in {@code dataDirectory} across restarts, e.g. for the local platform. */
    public static EmbeddedKafkaConfig persistent(Path dataDirectory, int port, int controllerPort) {
        return new EmbeddedKafkaConfig(port, controllerPort, dataDirectory, DEFAULT_PARTITIONS);
    }

    public EmbeddedKafkaConfig withPartitions(int newPartitions) {
        return new EmbeddedKafkaConfig(port, controllerPort, dataDirectory, newPartitions);
    }
}
