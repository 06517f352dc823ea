package dev.concord.embedded;

import java.nio.file.Path;

/**
 * How to run an {@link EmbeddedPostgresServer}.
 *
 * @param port          TCP port; 0 picks a free one
 * @param dataDirectory {@code null} for a temporary cluster deleted on close, otherwise a cluster directory that
 *                      is initialised once and kept across restarts
 * @param durable       {@code true} runs with {@code fsync} and {@code synchronous_commit} on, so a committed
 *                      transaction survives a crash; tests want {@code false} (faster, nothing to keep)
 * @param stopOnJvmExit {@code true} stops the cluster from a JVM shutdown hook, for owners that may never close it
 *                      (tests); an owner that closes it itself in its own order wants {@code false}, or the hook
 *                      stops the database while the services still using it shut down
 */
public record EmbeddedPostgresConfig(int port, Path dataDirectory, boolean durable, boolean stopOnJvmExit) {

    public EmbeddedPostgresConfig {
        FreePort.requireValid(port, "port");
    }

    public EmbeddedPostgresConfig(int port, Path dataDirectory, boolean durable) {
        this(port, dataDirectory, durable, true);
    }

    /** Free port, temporary cluster, no fsync: what a test wants. */
    public static EmbeddedPostgresConfig temporary() {
        return new EmbeddedPostgresConfig(0, null, false);
    }

    /** A durable cluster kept in {@code dataDirectory}, e.g. for the local platform. */
    public static EmbeddedPostgresConfig persistent(Path dataDirectory, int port) {
        return new EmbeddedPostgresConfig(port, dataDirectory, true);
    }

    public EmbeddedPostgresConfig withDurable(boolean newDurable) {
        return new EmbeddedPostgresConfig(port, dataDirectory, newDurable, stopOnJvmExit);
    }

    public EmbeddedPostgresConfig withStopOnJvmExit(boolean stop) {
        return new EmbeddedPostgresConfig(port, dataDirectory, durable, stop);
    }
}
