package dev.concord.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;

/**
 * One real Kafka and one real PostgreSQL per test JVM, each started on first use and stopped when the JVM exits.
 * Where they come from is {@link InfraMode#configured()}.
 *
 * <p>In a {@code @SpringBootTest}:
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     SharedInfrastructure.register(registry, "consensus");
 * }
 * }</pre>
 * All services share the database {@value #DATABASE}; each keeps its tables in its own schema, selected with the
 * JDBC URL's {@code currentSchema} and handed to Flyway as {@code spring.flyway.schemas}.
 */
public final class SharedInfrastructure {

    public static final String DATABASE = "concord";

    // Schema names are spliced into DDL and URLs, so keep them plain.
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);

    private static final Lazy<InfraMode> MODE = new Lazy<>(SharedInfrastructure::resolveMode);
    private static final Lazy<String> KAFKA = new Lazy<>(() -> provider().startKafka());
    private static final Lazy<DatabaseEndpoint> POSTGRES = new Lazy<>(() -> provider().startPostgres(DATABASE));

    private SharedInfrastructure() {
    }

    /** The mode in use: {@link InfraMode#DOCKER} or {@link InfraMode#EMBEDDED}, never AUTO. */
    public static InfraMode mode() {
        return MODE.get();
    }

    /**
     * Points Spring's DataSource (and Flyway) at {@code schema} in the shared database and Spring Kafka at the
     * shared broker. Values are supplied lazily, when the test context is built.
     */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        registerPostgres(registry, schema);
        registerKafka(registry);
    }

    /** For services that own no schema: only {@code spring.kafka.bootstrap-servers}. */
    public static void registerKafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
    }

    /** Only {@code spring.datasource.url/username/password} and {@code spring.flyway.schemas}. */
    public static void registerPostgres(DynamicPropertyRegistry registry, String schema) {
        requireSchema(schema);
        registry.add("spring.datasource.url", () -> jdbcUrl(schema));
        registry.add("spring.datasource.username", SharedInfrastructure::username);
        registry.add("spring.datasource.password", SharedInfrastructure::password);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static String kafkaBootstrapServers() {
        return KAFKA.get();
    }

    /** The shared database, tables resolved through the default {@code public} schema. */
    public static String jdbcUrl() {
        return POSTGRES.get().jdbcUrl();
    }

    /**
     * The shared database with {@code schema} as the current schema. The schema is created if missing, so plain
     * JDBC works without Flyway, and Flyway finds it ready.
     */
    public static String jdbcUrl(String schema) {
        createSchema(requireSchema(schema));
        return jdbcUrl() + "?currentSchema=" + schema;
    }

    public static String username() {
        return POSTGRES.get().username();
    }

    public static String password() {
        return POSTGRES.get().password();
    }

    private static void createSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema, e);
        }
    }

    private static String requireSchema(String schema) {
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema must be a plain lower-case SQL identifier, was: " + schema);
        }
        return schema;
    }

    private static InfraMode resolveMode() {
        InfraMode configured = InfraMode.configured();
        InfraMode mode = configured.resolve(() -> DockerClientFactory.instance().isDockerAvailable());
        // In auto mode without Docker, Testcontainers logs an ERROR first; this line says it was expected.
        log.info("Shared test infrastructure: {} ({}={})", mode, InfraMode.PROPERTY, configured);
        return mode;
    }

    private static InfrastructureProvider provider() {
        return mode() == InfraMode.DOCKER ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
    }
}
