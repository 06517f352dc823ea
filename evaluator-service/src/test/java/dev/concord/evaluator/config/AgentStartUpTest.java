package dev.concord.evaluator.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.evaluator.scoring.ScorerKind;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.runtime.identity.NodeEnrolment;
import dev.concord.runtime.identity.SelfAnnouncement;
import dev.concord.runtime.messaging.EventPublisher;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the agent's wiring refuses at start-up: attack behaviours under the prod profile (they are for simulations),
 * and a cross-encoder node whose files are missing.
 */
class AgentStartUpTest {

    @TempDir
    Path keys;

    private ApplicationContextRunner agent(String... properties) {
        return new ApplicationContextRunner()
                .withUserConfiguration(Wiring.class, EvaluatorConfiguration.class)
                .withPropertyValues("concord.evaluator.agent-id=agent", "concord.evaluator.key-dir=" + keys,
                        "concord.evaluator.nodes[0].id=eval-1", "concord.evaluator.nodes[0].operator=op-1",
                        "concord.evaluator.nodes[0].scorer=" + ScorerKind.LEXICAL.name().toLowerCase())
                .withPropertyValues(properties);
    }

    @Test
    void anAttackUnderTheProdProfileStopsTheAgentFromStarting() {
        agent("concord.evaluator.nodes[0].attack=boosting")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("simulations only").hasMessageContaining("eval-1"));
    }

    @Test
    void theSameAttackStartsInASimulation() {
        agent("concord.evaluator.nodes[0].attack=boosting")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(HostedNodes.class));
    }

    @Test
    void honestNodesStartUnderTheProdProfile() {
        agent().withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anUnknownAttackNamesTheNodeAndTheValidNames() {
        agent("concord.evaluator.nodes[0].attack=flattery")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("node eval-1").hasStackTraceContaining("boosting"));
    }

    @Test
    void aCrossEncoderNodeWithoutFilesNamesTheMissingFile() {
        Path model = keys.resolve("ms-marco-MiniLM-L-6-v2.onnx");
        agent("concord.evaluator.nodes[0].scorer=cross-encoder",
                "concord.evaluator.cross-encoder.model-file=" + model,
                "concord.evaluator.cross-encoder.tokenizer-file=" + keys.resolve("tokenizer.json"))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("model file " + model.toAbsolutePath()));
    }

    @Test
    void aCrossEncoderNodeWithoutConfiguredFilesSaysWhatToSet() {
        agent("concord.evaluator.nodes[0].scorer=cross-encoder")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("concord.evaluator.cross-encoder.model-file"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EvaluatorProperties.class)
    static class Wiring {

        @Bean
        EventCodec codec() {
            return new EventCodec();
        }

        @Bean
        EventPublisher publisher() {
            EventPublisher publisher = Mockito.mock(EventPublisher.class);
            Mockito.when(publisher.publish(Mockito.any(), Mockito.any()))
                    .thenReturn(java.util.concurrent.CompletableFuture.completedFuture(null));
            return publisher;
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        NodeEnrolment enrolment(EventPublisher publisher, EventCodec codec, Clock clock) {
            return new SelfAnnouncement(publisher, codec, clock);
        }

        @Bean
        dev.concord.evaluator.evaluation.ScoreSheetSink sink() {
            return sheet -> {
            };
        }
    }
}
