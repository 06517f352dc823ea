package dev.concord.testsupport;

/** Starts one Kafka or one PostgreSQL and arranges for it to stop when the JVM exits. */
interface InfrastructureProvider {

    /** Returns the bootstrap servers of a running broker. */
    String startKafka();

    /** Returns the endpoint of a running server holding the database {@code database}. */
    DatabaseEndpoint startPostgres(String database);

    static void stopOnExit(String name, AutoCloseable resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                // The JVM is exiting; a failed stop must not hide the tests' own outcome.
                System.err.println("Could not stop shared " + name + ": " + e);
            }
        }, "concord-test-" + name + "-stop"));
    }
}
