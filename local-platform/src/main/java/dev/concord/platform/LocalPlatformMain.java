package dev.concord.platform;

import dev.concord.modelsim.model.LatencyModel;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.SimulatedModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: starts the platform with the default swarm (six inference nodes of mixed quality, eight
 * evaluators on four scorers: two bi-encoder families, a lexical baseline and an LLM judge), sends one round through the gateway to prove it works, prints how to use it, and
 * stops everything on Ctrl-C.
 */
public final class LocalPlatformMain {

    static final String QUESTION = "What is the capital of Australia?";

    private LocalPlatformMain() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        ServiceJars jars = ServiceJars.locate();
        PlatformConfig config = defaultConfig(jars.repository().resolve(".concord"));
        System.out.println("Starting Concord (Kafka, PostgreSQL, model-sim swarm, 5 services); logs in " + config.home().resolve("logs"));
        LocalPlatform platform = LocalPlatform.start(config, jars);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Concord...");
            platform.close();
            stopped.countDown();
        }, "concord-shutdown"));
        long startup = Duration.ofNanos(System.nanoTime() - started).toMillis();

        String body = "{\"model\":\"concord-auto\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}";
        long roundStarted = System.nanoTime();
        HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(platform.gatewayUrl() + "/v1/chat/completions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + platform.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long round = Duration.ofNanos(System.nanoTime() - roundStarted).toMillis();

        System.out.printf("""

                Concord is up in %.1f s. First round: HTTP %d in %d ms.
                  %s

                  API (OpenAI-compatible): %s/v1
                  API docs:                %s/docs
                  Health:                  %s/actuator/health
                  Kafka: %s   PostgreSQL: %s

                  API key (shown once; this local run also serves requests without a key):
                    export CONCORD_API_KEY=%s
                  Admin token for %s/admin/keys (new on every start):
                    export CONCORD_ADMIN_TOKEN=%s
                  Treasury token for deposits at %s/v1/accounts/{id}/deposits (new on every start):
                    export CONCORD_TREASURY_TOKEN=%s

                Try it:
                  curl -s %s/v1/chat/completions -H 'Content-Type: application/json' \\
                    -H "Authorization: Bearer $CONCORD_API_KEY" \\
                    -d '%s'

                Ctrl-C stops everything.
                %n""", startup / 1000.0, first.statusCode(), round, abbreviate(first.body()), platform.gatewayUrl(),
                platform.gatewayUrl(), platform.gatewayUrl(), platform.kafkaBootstrapServers(), platform.jdbcUrl(),
                platform.apiKey(), platform.gatewayUrl(), platform.adminToken(), platform.rewardUrl(),
                platform.treasuryToken(), platform.gatewayUrl(), body);
        stopped.await();
    }

    /**
     * The embedded default: fixed ports, data kept under {@code home}, a swarm of honest and weak inference nodes, and
     * five evaluators of four kinds for the default K of 5, so every round is scored by every kind, the judge
     * included. Selection is proportional to stake (Sybil-neutral), so a larger pool would leave the one judge out of
     * a share of the rounds; and bi-encoders, which compare an answer with its question, cannot tell "Sydney" from
     * "Canberra".
     */
    static PlatformConfig defaultConfig(Path home) {
        List<InferenceNodeSpec> nodes = List.of(
                node("inf-1", "sim-exact", QualityTier.EXACT, 60),
                node("inf-2", "sim-paraphrase", QualityTier.PARAPHRASE, 45),
                node("inf-3", "sim-partial", QualityTier.PARTIAL, 35),
                node("inf-4", "sim-wrong-entity", QualityTier.WRONG_ENTITY, 40),
                node("inf-5", "sim-hallucination", QualityTier.HALLUCINATION, 30),
                node("inf-6", "sim-off-topic", QualityTier.OFF_TOPIC, 20));
        List<EvaluatorSpec> evaluators = List.of(
                EvaluatorSpec.of("eval-1", "op-e1", "minilm"), EvaluatorSpec.of("eval-2", "op-e2", "minilm"),
                EvaluatorSpec.of("eval-3", "op-e3", "bge"), EvaluatorSpec.of("eval-4", "op-e4", "lexical"),
                EvaluatorSpec.of("eval-5", "op-e5", "judge"));
        return new PlatformConfig(home, true, 19092, 19093, 15432, 9101,
                new PlatformConfig.ServicePorts(8080, 8081, 8082, 8083, 8084), nodes, evaluators, 3, 5, true);
    }

    private static InferenceNodeSpec node(String id, String model, QualityTier tier, long medianLatencyMillis) {
        return InferenceNodeSpec.of(id, "op-" + id, SimulatedModel.of(model, tier)
                .withLatency(LatencyModel.lognormal(medianLatencyMillis, 0.3)));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "...";
    }
}
