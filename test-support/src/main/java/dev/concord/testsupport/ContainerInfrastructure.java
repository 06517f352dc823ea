package dev.concord.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Kafka and PostgreSQL as Docker containers, the same images the Compose deployment runs. */
final class ContainerInfrastructure implements InfrastructureProvider {

    // Same Kafka release as the clients Spring Boot manages, and the PostgreSQL major of the embedded binaries.
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String POSTGRES_IMAGE = "postgres:17-alpine";

    @Override
    public String startKafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        InfrastructureProvider.stopOnExit("kafka", kafka);
        return kafka.getBootstrapServers();
    }

    @Override
    public DatabaseEndpoint startPostgres(String database) {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName(database);
        postgres.start();
        InfrastructureProvider.stopOnExit("postgres", postgres);
        return new DatabaseEndpoint(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }
}
