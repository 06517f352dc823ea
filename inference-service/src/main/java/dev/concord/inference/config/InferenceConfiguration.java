package dev.concord.inference.config;

import dev.concord.inference.agent.HostedNode;
import dev.concord.inference.agent.HostedNodes;
import dev.concord.inference.agent.InferenceAgent;
import dev.concord.inference.agent.ResponseSink;
import dev.concord.inference.modelserver.ChatCompletionClient;
import dev.concord.inference.modelserver.ModelServerEndpoint;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.NodeRole;
import dev.concord.runtime.identity.NodeIdentity;
import dev.concord.runtime.identity.NodeKeyStore;
import dev.concord.runtime.identity.NodeEnrolment;
import dev.concord.runtime.identity.OperatorKeyStore;
import dev.concord.runtime.identity.RegistryAnnouncer;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the hosted nodes (key, operator key, signer, model-server client each) and the agent that answers for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InferenceProperties.class)
public class InferenceConfiguration {

    @Bean
    NodeKeyStore nodeKeyStore(InferenceProperties properties) {
        return new NodeKeyStore(properties.keyDir());
    }

    @Bean
    OperatorKeyStore operatorKeyStore(InferenceProperties properties) {
        return new OperatorKeyStore(properties.keyDir().resolve("operators"), properties.operators());
    }

    @Bean
    HostedNodes hostedNodes(InferenceProperties properties, NodeKeyStore keys, OperatorKeyStore operators,
                            EventCodec codec) {
        return new HostedNodes(properties.nodes().stream().map(node -> {
            NodeIdentity identity = new NodeIdentity(node.id(), NodeRole.INFERENCE, operators.load(node.operator()),
                    node.model(), node.pricePer1kTokensMicros(), node.stakeMicros(), keys.loadOrCreate(node.id()));
            ChatCompletionClient modelServer = new ChatCompletionClient(new ModelServerEndpoint(
                    node.modelServerUrl(), node.apiKey(), node.model(), node.connectTimeout(), node.readTimeout()));
            return new HostedNode(identity, identity.signer(codec), modelServer);
        }).toList());
    }

    @Bean
    RegistryAnnouncer registryAnnouncer(NodeEnrolment enrolment, HostedNodes nodes) {
        return new RegistryAnnouncer(enrolment, nodes.identities());
    }

    @Bean
    InferenceAgent inferenceAgent(HostedNodes nodes, ResponseSink responses, Clock clock,
                                  InferenceProperties properties) {
        return new InferenceAgent(nodes, responses, clock, properties.maxConcurrentCalls());
    }
}
