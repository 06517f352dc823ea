package dev.concord.testsupport;

import dev.concord.embedded.EmbeddedKafkaBroker;
import dev.concord.embedded.EmbeddedKafkaConfig;
import dev.concord.embedded.EmbeddedPostgresConfig;
import dev.concord.embedded.EmbeddedPostgresServer;

/** Kafka inside the test JVM and PostgreSQL as its child process: temporary, no fsync. */
final class EmbeddedInfrastructure implements InfrastructureProvider {

    @Override
    public String startKafka() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.temporary());
        InfrastructureProvider.stopOnExit("kafka", broker);
        return broker.bootstrapServers();
    }

    @Override
    public DatabaseEndpoint startPostgres(String database) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresConfig.temporary());
        InfrastructureProvider.stopOnExit("postgres", server);
        server.createDatabase(database);
        return new DatabaseEndpoint(server.jdbcUrl(database), server.username(), server.password());
    }
}
