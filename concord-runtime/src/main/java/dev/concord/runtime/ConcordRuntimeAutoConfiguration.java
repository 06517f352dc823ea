package dev.concord.runtime;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.runtime.identity.NodeEnrolment;
import dev.concord.runtime.identity.RegistryApiEnrolment;
import dev.concord.runtime.identity.SelfAnnouncement;
import dev.concord.runtime.messaging.DeadLetters;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.outbox.Outbox;
import dev.concord.runtime.outbox.OutboxRelay;
import dev.concord.runtime.registry.NodeRegistry;
import dev.concord.runtime.registry.RegistryFeed;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the shared runtime pieces into every Concord service. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@EnableConfigurationProperties(ConcordRuntimeProperties.class)
public class ConcordRuntimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    SignatureVerifier signatureVerifier(EventCodec codec) {
        return new SignatureVerifier(codec);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, String> kafka, EventCodec codec) {
        return new EventPublisher(kafka, codec);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka) {
        return DeadLetters.errorHandler(kafka);
    }

    @Bean
    @ConditionalOnMissingBean
    NodeRegistry nodeRegistry(SignatureVerifier verifier, ConcordRuntimeProperties properties) {
        return properties.registryAuthorityKey().isBlank() ? new NodeRegistry(verifier)
                : new NodeRegistry(verifier, NodeKeys.decodePublic(properties.registryAuthorityKey()));
    }

    /** How node agents' nodes join: through the registry API when its URL is set, else self-announced. */
    @Bean
    @ConditionalOnMissingBean
    NodeEnrolment nodeEnrolment(ConcordRuntimeProperties properties, EventPublisher publisher, EventCodec codec,
                                Clock clock) {
        return properties.registryUrl().isBlank() ? new SelfAnnouncement(publisher, codec, clock)
                : new RegistryApiEnrolment(properties.registryUrl());
    }

    @Bean
    @ConditionalOnProperty(name = "concord.runtime.registry-feed", matchIfMissing = true)
    RegistryFeed registryFeed(ConsumerFactory<?, ?> consumers, NodeRegistry registry, EventCodec codec) {
        return new RegistryFeed(consumers.getConfigurationProperties(), registry, codec);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcClient.class)
    @ConditionalOnBean(DataSource.class)
    static class OutboxConfiguration {

        @Bean
        OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactions, EventPublisher publisher,
                                ConcordRuntimeProperties properties) {
            return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactions), publisher,
                    properties.outboxSweepMillis());
        }

        @Bean
        Outbox outbox(DataSource dataSource, EventCodec codec, OutboxRelay relay) {
            return new Outbox(JdbcClient.create(dataSource), codec, relay);
        }
    }
}
