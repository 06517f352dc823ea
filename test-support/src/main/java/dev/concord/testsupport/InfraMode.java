package dev.concord.testsupport;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the shared test infrastructure comes from, chosen with the system property {@value #PROPERTY} or the
 * environment variable {@value #ENVIRONMENT_VARIABLE}: {@code auto} (default), {@code docker} or {@code embedded}.
 */
public enum InfraMode {
    /** Testcontainers when a Docker engine answers, embedded otherwise. */
    AUTO,
    /** Testcontainers only: fails when no Docker engine answers. */
    DOCKER,
    /** In-JVM Kafka and a PostgreSQL child process, no Docker. */
    EMBEDDED;

    public static final String PROPERTY = "concord.test.infra";
    public static final String ENVIRONMENT_VARIABLE = "CONCORD_TEST_INFRA";

    /** The mode asked for by system property, then environment, else {@link #AUTO}. */
    public static InfraMode configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT_VARIABLE);
        }
        return parse(value);
    }

    static InfraMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    PROPERTY + " must be auto, docker or embedded, was '" + value + "'", e);
        }
    }

    /** Turns {@link #AUTO} into {@link #DOCKER} or {@link #EMBEDDED}; the probe is asked only for AUTO. */
    InfraMode resolve(BooleanSupplier dockerAvailable) {
        if (this != AUTO) {
            return this;
        }
        return dockerAvailable.getAsBoolean() ? DOCKER : EMBEDDED;
    }
}
