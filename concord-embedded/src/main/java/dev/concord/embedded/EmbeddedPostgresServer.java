package dev.concord.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's bundled binaries) run as a child process.
 * Start with {@link #start(EmbeddedPostgresConfig)}; {@link #close()} stops it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser zonky's initdb creates. Authentication is {@code trust}: any password is accepted. */
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    // Names are spliced into DDL, which cannot take bind parameters.
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(EmbeddedPostgresConfig config) {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(FreePort.resolve(config.port()))
                .setRegisterShutdownHook(config.stopOnJvmExit());
        if (config.dataDirectory() != null) {
            builder.setDataDirectory(config.dataDirectory().toAbsolutePath()).setCleanDataDirectory(false);
        }
        if (config.durable()) {
            // zonky starts postgres with -F (fsync off) and synchronous_commit=off; -c options given later on
            // the command line win, and ALTER SYSTEM could not override command-line flags.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            log.info("PostgreSQL ready on port {} in {} ms (durable: {})", postgres.getPort(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), config.durable());
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + requireIdentifier(database);
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        requireIdentifier(name);
        // CREATE DATABASE has no IF NOT EXISTS and cannot run inside a transaction block.
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Creates the schema in the (existing) database unless it exists. */
    public void createSchema(String database, String schema) {
        requireIdentifier(schema);
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + " in " + database, e);
        }
    }

    /** Stops the server; a temporary cluster is deleted, a persistent one is left after a clean checkpoint. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop embedded PostgreSQL", e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
    }

    private static String requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL identifier: " + name);
        }
        return name;
    }
}
