package dev.concord.evaluator.config;

import dev.concord.evaluator.evaluation.BoundedWorkers;
import dev.concord.evaluator.evaluation.EvaluationDispatcher;
import dev.concord.evaluator.evaluation.ScoreSheetSink;
import dev.concord.scoring.EmbeddingCache;
import dev.concord.evaluator.scoring.ScorerCatalog;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.runtime.identity.NodeKeyStore;
import dev.concord.runtime.identity.OperatorKeyStore;
import dev.concord.runtime.identity.NodeEnrolment;
import dev.concord.runtime.identity.RegistryAnnouncer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class EvaluatorConfiguration {

    /** Loads every model the hosted nodes use (once each), each node's key and its operator's; creates missing keys. */
    @Bean
    HostedNodes hostedNodes(EvaluatorProperties properties, EventCodec codec, Environment environment) {
        SimulationGuard.check(properties, environment);
        ScorerCatalog scorers = new ScorerCatalog(new EmbeddingCache(properties.embeddingCacheSize()),
                properties.judgeEndpoint(), properties.crossEncoderFiles());
        return HostedNodes.load(properties.nodes(), new NodeKeyStore(properties.keyDir()),
                new OperatorKeyStore(properties.keyDir().resolve("operators"), properties.operators()), scorers, codec);
    }

    @Bean
    BoundedWorkers scoringWorkers(EvaluatorProperties properties) {
        return new BoundedWorkers(properties.workers(), properties.backlog(), properties.handOffTimeout());
    }

    @Bean
    EvaluationDispatcher evaluationDispatcher(EvaluatorProperties properties, HostedNodes nodes, BoundedWorkers workers,
                                              ScoreSheetSink sink, Clock clock) {
        return new EvaluationDispatcher(nodes.evaluators(), workers, sink, properties.injectionPolicy(), clock);
    }

    @Bean
    RegistryAnnouncer registryAnnouncer(HostedNodes nodes, NodeEnrolment enrolment) {
        return new RegistryAnnouncer(enrolment, nodes.identities());
    }
}
