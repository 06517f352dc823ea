package dev.concord.inference.modelserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.concord.inference.modelserver.ModelServerException.Kind;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.Misbehaviour;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;
import dev.concord.modelsim.text.Tokens;
import dev.concord.protocol.event.ChatMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against real model-sim servers over loopback HTTP; no latency configured except where timed. */
class ChatCompletionClientTest {

    private static final String SYSTEM = "Be brief.";
    private static final String FRANCE = "What is the capital of France?";
    private static final List<ChatMessage> MESSAGES = List.of(new ChatMessage("system", SYSTEM),
            new ChatMessage("user", FRANCE));
    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final List<AutoCloseable> SERVERS = new ArrayList<>();

    private static ModelSimServer exact;

    @BeforeAll
    static void startExactModel() {
        exact = start(SimulatedModel.of("sim-exact", QualityTier.EXACT));
    }

    @AfterAll
    static void stopServers() throws Exception {
        for (AutoCloseable server : SERVERS) {
            server.close();
        }
    }

    @Test
    void returnsTheFirstChoiceAndTheReportedUsage() {
        ChatCompletion completion = client(exact.baseUrl(), "sim-exact", null, GENEROUS)
                .complete(MESSAGES, 256, GENEROUS);

        assertThat(completion.content()).isEqualTo("The capital of France is Paris.");
        assertThat(completion.promptTokens()).isEqualTo(Tokens.count(SYSTEM) + Tokens.count(FRANCE));
        assertThat(completion.completionTokens()).isEqualTo(Tokens.count("The capital of France is Paris."));
    }

    @Test
    void sendsMaxTokensUnderTheOpenAiName() {
        ChatCompletion completion = client(exact.baseUrl(), "sim-exact", null, GENEROUS)
                .complete(MESSAGES, 3, GENEROUS);

        assertThat(completion.content()).isEqualTo("The capital of");
        assertThat(completion.completionTokens()).isEqualTo(3);
    }

    @Test
    void acceptsABaseUrlWithATrailingSlash() {
        assertThat(client(exact.baseUrl() + "/", "sim-exact", null, GENEROUS).complete(MESSAGES, 256, GENEROUS)
                .content()).isEqualTo("The capital of France is Paris.");
    }

    @Test
    void aServerErrorCarriesStatusAndOpenAiMessage() {
        ModelSimServer failing = start(SimulatedModel.of("sim-broken", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.errors(1.0)));

        ModelServerException e = failure(client(failing.baseUrl(), "sim-broken", null, GENEROUS));

        assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.serverMessage()).contains("simulated by model-sim");
        assertThat(e.getMessage()).contains(failing.baseUrl(), "500");
    }

    @Test
    void anUnknownModelIsA404WithTheServersExplanation() {
        ModelServerException e = failure(client(exact.baseUrl(), "no-such-model", null, GENEROUS));

        assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.serverMessage()).isEqualTo("The model `no-such-model` does not exist or you do not have access to it.");
    }

    @Test
    void sendsTheApiKeyAsABearerToken() {
        ModelSimServer guarded = start(SimulatedModel.of("sim-guarded", QualityTier.EXACT).withApiKey("s3cret"));

        assertThat(client(guarded.baseUrl(), "sim-guarded", "s3cret", GENEROUS).complete(MESSAGES, 256, GENEROUS)
                .content()).isEqualTo("The capital of France is Paris.");
        ModelServerException e = failure(client(guarded.baseUrl(), "sim-guarded", null, GENEROUS));
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.serverMessage()).isEqualTo("Incorrect API key provided.");
    }

    @Test
    void aSlowServerTimesOutAtTheReadTimeout() {
        ModelSimServer hanging = start(SimulatedModel.of("sim-hanging", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.timeouts(1.0, Duration.ofSeconds(30))));

        long started = System.nanoTime();
        ModelServerException e = failure(client(hanging.baseUrl(), "sim-hanging", null, Duration.ofMillis(300)));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.status()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    @Test
    void aBudgetShorterThanTheReadTimeoutWins() {
        ModelSimServer hanging = start(SimulatedModel.of("sim-hanging-2", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.timeouts(1.0, Duration.ofSeconds(30))));
        ChatCompletionClient client = client(hanging.baseUrl(), "sim-hanging-2", null, Duration.ofSeconds(30));

        long started = System.nanoTime();
        ModelServerException e = catchThrowableOfType(ModelServerException.class,
                () -> client.complete(MESSAGES, 256, Duration.ofMillis(300)));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() {
        ModelSimServer gone = ModelSimServer.start(SimulatedModel.of("sim-gone", QualityTier.EXACT), 0);
        gone.close();

        ModelServerException e = failure(client(gone.baseUrl(), "sim-gone", null, GENEROUS));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
    }

    /** model-sim always answers well-formed JSON, so a bare JDK server plays the broken proxy or server. */
    @Test
    void aBodyWithoutContentOrUsageIsMalformedAndANonJsonErrorIsQuoted() throws IOException {
        HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broken.createContext("/empty/v1/chat/completions", exchange -> reply(exchange, 200,
                "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"hi\"}}]}"));
        broken.createContext("/proxy/v1/chat/completions", exchange -> reply(exchange, 502,
                "<html><body>Bad Gateway</body></html>"));
        broken.start();
        SERVERS.add(() -> broken.stop(0));
        String root = "http://127.0.0.1:" + broken.getAddress().getPort();

        ModelServerException noUsage = failure(client(root + "/empty/v1", "any", null, GENEROUS));
        ModelServerException proxy = failure(client(root + "/proxy/v1", "any", null, GENEROUS));

        assertThat(noUsage.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(noUsage.status()).isEqualTo(200);
        assertThat(proxy.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(proxy.status()).isEqualTo(502);
        assertThat(proxy.serverMessage()).isEqualTo("<html><body>Bad Gateway</body></html>");
    }

    private static ModelServerException failure(ChatCompletionClient client) {
        ModelServerException e = catchThrowableOfType(ModelServerException.class,
                () -> client.complete(MESSAGES, 256, GENEROUS));
        assertThat(e).as("the call must fail").isNotNull();
        return e;
    }

    private static ChatCompletionClient client(String baseUrl, String model, String apiKey, Duration readTimeout) {
        return new ChatCompletionClient(new ModelServerEndpoint(URI.create(baseUrl), apiKey, model,
                Duration.ofSeconds(1), readTimeout));
    }

    private static ModelSimServer start(SimulatedModel model) {
        ModelSimServer server = ModelSimServer.start(model, 0);
        SERVERS.add(server);
        return server;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        try (exchange; var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
