package dev.concord.platform;

import dev.concord.embedded.EmbeddedKafkaBroker;
import dev.concord.embedded.EmbeddedKafkaConfig;
import dev.concord.embedded.EmbeddedPostgresConfig;
import dev.concord.embedded.EmbeddedPostgresServer;
import dev.concord.embedded.FreePort;
import dev.concord.modelsim.model.SimulatedJudge;
import dev.concord.modelsim.server.ModelSimServer;
import dev.concord.protocol.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine without Docker: a real PostgreSQL and a real KRaft Kafka in this JVM, a
 * model-sim server per inference node, and the five services as separate JVMs talking over Kafka and HTTP exactly
 * as they would on Kubernetes. Closing it stops everything in reverse order.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String DATABASE = "concord";
    private static final String JUDGE_SCORER = "judge";
    private static final String REWARD_SERVICE = "reward-service";
    private static final String JUDGE_MODEL = "sim-judge";

    private final List<AutoCloseable> running = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private int gatewayPort;
    private int rewardPort;
    private final String adminToken = GatewayKeys.newAdminToken();
    /** The gateway reserves rounds' fees at the reward service with it. */
    private final String rewardInternalToken = GatewayKeys.newToken("internal-");
    /** Deposits into client accounts need it: only the operator brings money in. */
    private final String treasuryToken = GatewayKeys.newToken("treasury-");
    private String apiKey;

    private LocalPlatform() {
    }

    public static LocalPlatform start(PlatformConfig config, ServiceJars jars) {
        LocalPlatform platform = new LocalPlatform();
        try {
            platform.startAll(config, jars);
            return platform;
        } catch (RuntimeException | Error e) {
            // whatever failed, do not leave a database, a broker or service processes running behind
            platform.close();
            throw e;
        }
    }

    private void startAll(PlatformConfig config, ServiceJars jars) {
        // closed by close(), after the services that use it: its own JVM-exit hook would stop it under them
        postgres = EmbeddedPostgresServer.start((config.persistent()
                ? EmbeddedPostgresConfig.persistent(config.home().resolve("postgres"), config.postgresPort()).withDurable(true)
                : new EmbeddedPostgresConfig(config.postgresPort(), null, false)).withStopOnJvmExit(false));
        running.add(postgres);
        postgres.createDatabase(DATABASE);

        kafka = EmbeddedKafkaBroker.start(config.persistent()
                ? EmbeddedKafkaConfig.persistent(config.home().resolve("kafka"), config.kafkaPort(), config.kafkaControllerPort())
                : new EmbeddedKafkaConfig(config.kafkaPort(), config.kafkaControllerPort(), null, EmbeddedKafkaConfig.DEFAULT_PARTITIONS));
        running.add(kafka);
        kafka.createTopics(topics());

        Map<String, String> modelServers = startModelServers(config);
        String judgeUrl = startJudgeIfNeeded(config, modelServers.size());
        List<ServiceProcess> services = launchServices(config, jars, modelServers, judgeUrl);
        for (ServiceProcess service : services) {
            service.awaitHealthy(START_TIMEOUT);
            log.info("{} is up on port {}", service.name(), service.port());
        }
        apiKey = GatewayKeys.create(gatewayUrl(), adminToken, "local");
    }

    private static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ROUND_TOPICS) {
            topics.add(new NewTopic(topic, EmbeddedKafkaConfig.DEFAULT_PARTITIONS, (short) 1));
            topics.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
        }
        topics.add(new NewTopic(Topics.REGISTRY, EmbeddedKafkaConfig.DEFAULT_PARTITIONS, (short) 1)
                .configs(Map.of("cleanup.policy", "compact")));
        return topics;
    }

    /** One simulated model server per inference node, as each real node has its own GPU server. */
    private Map<String, String> startModelServers(PlatformConfig config) {
        Map<String, String> baseUrls = new HashMap<>();
        int port = config.modelSimPort();
        for (InferenceNodeSpec node : config.inferenceNodes()) {
            ModelSimServer server = ModelSimServer.start(node.model(), port == 0 ? 0 : port++);
            running.add(server);
            baseUrls.put(node.nodeId(), server.baseUrl());
        }
        return baseUrls;
    }

    /** Evaluators with the LLM-judge scorer ask a model server to grade; here a simulated judge plays that server. */
    private String startJudgeIfNeeded(PlatformConfig config, int modelServersStarted) {
        if (config.evaluators().stream().noneMatch(e -> e.scorer().equals(JUDGE_SCORER))) {
            return null;
        }
        int port = config.modelSimPort() == 0 ? 0 : config.modelSimPort() + modelServersStarted;
        ModelSimServer judge = ModelSimServer.startJudge(SimulatedJudge.of(JUDGE_MODEL).withNoise(1.0), port);
        running.add(judge);
        return judge.baseUrl();
    }

    private List<ServiceProcess> launchServices(PlatformConfig config, ServiceJars jars, Map<String, String> modelServers,
                                                String judgeUrl) {
        PlatformConfig.ServicePorts ports = config.servicePorts();
        int consensusPort = FreePort.resolve(ports.consensus());
        rewardPort = FreePort.resolve(ports.reward());
        gatewayPort = FreePort.resolve(ports.gateway());
        Map<String, String> env = Map.of("CONCORD_HOME", config.home().toString());
        // reward-service is the registry authority: agents register their nodes through its API, and every service
        // accepts only registry entries it signed.
        RegistryAuthorityKeys authority = RegistryAuthorityKeys.loadOrCreate(config.home(), config.persistent());
        // money moves only with tokens: the gateway's internal one reserves fees, the treasury's deposits
        Map<String, String> rewardEnv = Map.of("CONCORD_HOME", config.home().toString(),
                "CONCORD_REWARD_REGISTRY_AUTHORITYPRIVATEKEY", authority.privateKey(),
                "CONCORD_REWARD_REGISTRY_AUTHORITYPUBLICKEY", authority.publicKey(),
                "CONCORD_REWARD_INTERNAL_TOKEN", rewardInternalToken,
                "CONCORD_TREASURY_TOKEN", treasuryToken);
        List<String> kafkaArgs = List.of("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--concord.runtime.registry-authority-key=" + authority.publicKey());
        List<String> agentArgs = concat(kafkaArgs, List.of("--concord.runtime.registry-url=http://127.0.0.1:" + rewardPort));
        List<String> dbArgs = List.of("--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + postgres.username(), "--spring.datasource.password=" + postgres.password());
        Path logs = config.home().resolve("logs");

        List<ServiceProcess> services = new ArrayList<>();
        services.add(launch(jars, "consensus-service", concat(kafkaArgs, dbArgs), env, logs, consensusPort));
        services.add(launch(jars, REWARD_SERVICE, concat(kafkaArgs, dbArgs), rewardEnv, logs, rewardPort));
        services.add(launch(jars, "inference-service", concat(agentArgs, inferenceArgs(config, modelServers)), env, logs,
                FreePort.resolve(ports.inference())));
        services.add(launch(jars, "evaluator-service", concat(agentArgs, evaluatorArgs(config, judgeUrl)), env, logs,
                FreePort.resolve(ports.evaluator())));
        services.add(launch(jars, "gateway-service", concat(concat(kafkaArgs, dbArgs), List.of(
                "--CONSENSUS_URL=http://127.0.0.1:" + consensusPort,
                "--REWARD_URL=http://127.0.0.1:" + rewardPort,
                "--concord.gateway.inference-nodes=" + config.defaultNodes(),
                "--concord.gateway.evaluators=" + config.defaultEvaluators(),
                "--concord.gateway.access.anonymous-access=" + config.anonymousAccess())),
                Map.of("CONCORD_HOME", config.home().toString(), "CONCORD_ADMIN_TOKEN", adminToken,
                        "CONCORD_REWARD_INTERNAL_TOKEN", rewardInternalToken), logs, gatewayPort));
        return services;
    }

    private ServiceProcess launch(ServiceJars jars, String name, List<String> args, Map<String, String> env, Path logs, int port) {
        List<String> jvm = List.of("-Xms64m", name.equals("evaluator-service") ? "-Xmx768m" : "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dsun.net.httpserver.nodelay=true");
        ServiceProcess process = ServiceProcess.launch(name, jars.jar(name), jvm, args, env, logs, port);
        running.add(process);
        return process;
    }

    private static List<String> inferenceArgs(PlatformConfig config, Map<String, String> modelServers) {
        List<String> args = new ArrayList<>();
        args.add("--concord.inference.agent-id=inference-agent-local");
        List<InferenceNodeSpec> nodes = config.inferenceNodes();
        for (int i = 0; i < nodes.size(); i++) {
            InferenceNodeSpec node = nodes.get(i);
            String prefix = "--concord.inference.nodes[" + i + "].";
            args.add(prefix + "id=" + node.nodeId());
            args.add(prefix + "operator=" + node.operator());
            args.add(prefix + "model-server-url=" + modelServers.get(node.nodeId()));
            args.add(prefix + "model=" + node.model().name());
            args.add(prefix + "price-per-1k-tokens-micros=" + node.pricePer1kTokensMicros());
            args.add(prefix + "stake-micros=" + node.stakeMicros());
        }
        return args;
    }

    private static List<String> evaluatorArgs(PlatformConfig config, String judgeUrl) {
        List<String> args = new ArrayList<>();
        args.add("--concord.evaluator.agent-id=evaluator-agent-local");
        if (judgeUrl != null) {
            args.add("--concord.evaluator.judge.base-url=" + judgeUrl);
            args.add("--concord.evaluator.judge.model=" + JUDGE_MODEL);
        }
        List<EvaluatorSpec> evaluators = config.evaluators();
        for (int i = 0; i < evaluators.size(); i++) {
            EvaluatorSpec evaluator = evaluators.get(i);
            String prefix = "--concord.evaluator.nodes[" + i + "].";
            args.add(prefix + "id=" + evaluator.nodeId());
            args.add(prefix + "operator=" + evaluator.operator());
            args.add(prefix + "scorer=" + evaluator.scorer());
            args.add(prefix + "stake-micros=" + evaluator.stakeMicros());
            args.add(prefix + "price-per-sheet-micros=" + evaluator.pricePerSheetMicros());
        }
        return args;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** The reward service itself: deposits into client accounts go here, not through the gateway. */
    public String rewardUrl() {
        return "http://127.0.0.1:" + rewardPort;
    }

    /** An API key the platform created at start, for the first round, the printed curl and the tests. */
    public String apiKey() {
        return apiKey;
    }

    /** The gateway's admin token: it manages keys at {@code /admin/keys}. */
    public String adminToken() {
        return adminToken;
    }

    /** The reward service's treasury token: deposits into client accounts need it. */
    public String treasuryToken() {
        return treasuryToken;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    public String databaseUser() {
        return postgres.username();
    }

    public String databasePassword() {
        return postgres.password();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * Stops the agents and the gateway first, all at once, and waits for them: the agents take their nodes out of the
     * registry on the way out, so reward-service must still answer then; otherwise every node would stay ACTIVE and
     * be selected by the next run before its agent is back. Then the rest, all signalled at once, in reverse order.
     */
    @Override
    public void close() {
        List<ServiceProcess> registryClients = services()
                .dropWhile(service -> !service.name().equals(REWARD_SERVICE)).skip(1).toList();
        registryClients.forEach(ServiceProcess::signalStop);
        registryClients.forEach(ServiceProcess::close);
        running.removeAll(registryClients);
        services().forEach(ServiceProcess::signalStop);
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", running.get(i), e.getMessage());
            }
        }
        running.clear();
    }

    /** The services still running, in launch order. */
    private Stream<ServiceProcess> services() {
        return running.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
