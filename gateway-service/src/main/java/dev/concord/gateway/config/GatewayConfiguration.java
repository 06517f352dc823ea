package dev.concord.gateway.config;

import dev.concord.gateway.access.ApiKeys;
import dev.concord.gateway.access.RateLimiter;
import dev.concord.gateway.account.PrepaidAccounts;
import dev.concord.gateway.persistence.ApiKeyRepository;
import dev.concord.gateway.persistence.RateBucketRepository;
import dev.concord.gateway.persistence.SubmissionRepository;
import dev.concord.gateway.progress.RoundProgress;
import dev.concord.gateway.round.PendingRounds;
import dev.concord.gateway.round.RoundDispatcher;
import dev.concord.gateway.submission.Submissions;
import dev.concord.gateway.web.AdminTokenFilter;
import dev.concord.gateway.web.ApiKeyFilter;
import dev.concord.gateway.web.ChatRequestValidator;
import dev.concord.gateway.web.ChunkStream;
import dev.concord.gateway.web.RequestSizeFilter;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.runtime.messaging.EventPublisher;
import dev.concord.runtime.registry.NodeRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GatewayConfiguration.class);

    /** A round's stages are kept this long past its longest possible deadline, for late subscribers. */
    private static final Duration PROGRESS_RETENTION_AFTER_DEADLINE = Duration.ofMinutes(1);

    @Bean
    PendingRounds pendingRounds() {
        return new PendingRounds();
    }

    @Bean
    RoundDispatcher roundDispatcher(NodeRegistry registry, EventPublisher publisher, PendingRounds pending,
                                    GatewayProperties properties, Clock clock) {
        return new RoundDispatcher(registry, publisher, pending, properties, clock);
    }

    @Bean
    RateLimiter rateLimiter(RateBucketRepository buckets, PlatformTransactionManager transactions, Clock clock) {
        return new RateLimiter(buckets, new TransactionTemplate(transactions), clock);
    }

    @Bean
    ApiKeys apiKeys(ApiKeyRepository keys, AccessProperties properties, Clock clock) {
        return new ApiKeys(keys, properties, clock);
    }

    /** Reservations are the reward service's internal calls: they carry its internal token. */
    @Bean
    PrepaidAccounts prepaidAccounts(GatewayProperties properties, JsonMapper json) {
        if (properties.rewardToken().isBlank()) {
            log.warn("concord.gateway.reward-token is not set: the reward service will refuse this gateway's "
                    + "reservations, so keys with a prepaid account get 503");
        }
        return PrepaidAccounts.at(properties.rewardUrl(), properties.rewardToken(), json);
    }

    @Bean
    Submissions submissions(RateLimiter limiter, PrepaidAccounts accounts, RoundDispatcher dispatcher,
                            SubmissionRepository submissions, ApiKeyRepository keys,
                            PlatformTransactionManager transactions, EventCodec codec, GatewayProperties properties,
                            Clock clock) {
        // outcomes are written with JDBC, so never on the Kafka listener thread that completes the decision
        return new Submissions(limiter, accounts, dispatcher, submissions, keys, new TransactionTemplate(transactions),
                codec, task -> Schedulers.boundedElastic().schedule(task), properties.longestWait(), clock);
    }

    @Bean
    RoundProgress roundProgress(GatewayProperties properties) {
        return new RoundProgress(properties.maxDeadline().plus(PROGRESS_RETENTION_AFTER_DEADLINE), Schedulers.parallel());
    }

    @Bean
    ChatRequestValidator chatRequestValidator(GatewayProperties properties) {
        return new ChatRequestValidator(properties);
    }

    @Bean
    ChunkStream chunkStream(JsonMapper json) {
        return new ChunkStream(json);
    }

    @Bean
    SwarmHealthIndicator swarmHealthIndicator(NodeRegistry registry, GatewayProperties properties) {
        return new SwarmHealthIndicator(registry, properties);
    }

    /** First: an oversized body is refused before anything else looks at the request. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RequestSizeFilter requestSizeFilter(AccessProperties properties, JsonMapper json) {
        return new RequestSizeFilter(properties, json);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    AdminTokenFilter adminTokenFilter(AccessProperties properties, JsonMapper json) {
        return new AdminTokenFilter(properties, json);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    ApiKeyFilter apiKeyFilter(ApiKeys keys, AccessProperties properties, JsonMapper json) {
        return new ApiKeyFilter(keys, properties, json);
    }
}
