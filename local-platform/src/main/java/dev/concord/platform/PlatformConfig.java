package dev.concord.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the local platform starts, and where.
 *
 * @param home          keys, logs and (when persistent) Kafka and PostgreSQL data live here
 * @param persistent    keep data across restarts with fsync on (the run command) or throw it away (tests)
 * @param kafkaPort     0 picks a free port
 * @param modelSimPort  first port of the model-sim swarm; 0 picks free ports
 * @param servicePorts  gateway, consensus, reward, inference agent, evaluator agent; 0 picks free ports
 * @param defaultNodes  N for requests that do not ask
 * @param defaultEvaluators K for requests that do not ask
 * @param anonymousAccess   let requests without an API key through the gateway (the run command, for a quick curl);
 *                          the platform creates a key either way
 */
public record PlatformConfig(Path home, boolean persistent, int kafkaPort, int kafkaControllerPort, int postgresPort,
                             int modelSimPort, ServicePorts servicePorts, List<InferenceNodeSpec> inferenceNodes,
                             List<EvaluatorSpec> evaluators, int defaultNodes, int defaultEvaluators,
                             boolean anonymousAccess) {

    public PlatformConfig {
        inferenceNodes = List.copyOf(inferenceNodes);
        evaluators = List.copyOf(evaluators);
    }

    public record ServicePorts(int gateway, int consensus, int reward, int inference, int evaluator) {
    }
}
