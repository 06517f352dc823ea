package dev.concord.modelsim.server;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.modelsim.model.Misbehaviour;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.text.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP against servers on ephemeral loopback ports, with the JDK client. No latency configured: no sleeps. */
class ModelSimServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final QaItem FRANCE = Corpus.builtIn().find("What is the capital of France?").orElseThrow();
    private static final List<ModelSimServer> SERVERS = new ArrayList<>();

    private static ModelSimServer exact;

    @BeforeAll
    static void startExactModel() {
        exact = start(SimulatedModel.of("sim-exact", QualityTier.EXACT));
    }

    @AfterAll
    static void stopServers() {
        SERVERS.forEach(ModelSimServer::close);
    }

    @Test
    void answersAChatCompletionInTheOpenAiShapeWithTheExactReference() throws Exception {
        String system = "You are a helpful assistant.";
        HttpResponse<String> response = post(exact, chatBody("sim-exact", system, "Earlier question?",
                "An earlier answer.", FRANCE.prompt()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("id").stringValue()).startsWith("chatcmpl-");
        assertThat(body.get("object").stringValue()).isEqualTo("chat.completion");
        assertThat(body.get("created").longValue()).isPositive();
        assertThat(body.get("model").stringValue()).isEqualTo("sim-exact");
        JsonNode choice = body.get("choices").get(0);
        assertThat(choice.get("index").intValue()).isZero();
        assertThat(choice.get("finish_reason").stringValue()).isEqualTo("stop");
        assertThat(choice.get("message").get("role").stringValue()).isEqualTo("assistant");
        assertThat(choice.get("message").get("content").stringValue()).isEqualTo(FRANCE.reference());

        int promptTokens = Tokens.count(system) + Tokens.count("Earlier question?")
                + Tokens.count("An earlier answer.") + Tokens.count(FRANCE.prompt());
        JsonNode usage = body.get("usage");
        assertThat(usage.get("prompt_tokens").intValue()).isEqualTo(promptTokens).isEqualTo(20);
        assertThat(usage.get("completion_tokens").intValue()).isEqualTo(7);
        assertThat(usage.get("total_tokens").intValue()).isEqualTo(27);
    }

    @Test
    void maxTokensCutsTheAnswerAndReportsLength() throws Exception {
        String body = "{\"model\":\"sim-exact\",\"max_tokens\":3,\"messages\":[{\"role\":\"user\",\"content\":"
                + JSON.writeValueAsString(FRANCE.prompt()) + "}]}";
        JsonNode json = JSON.readTree(post(exact, body).body());
        assertThat(json.at("/choices/0/message/content").stringValue()).isEqualTo("The capital of");
        assertThat(json.at("/choices/0/finish_reason").stringValue()).isEqualTo("length");
        assertThat(json.at("/usage/completion_tokens").intValue()).isEqualTo(3);
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        assertError(post(exact, "{\"model\": \"sim-exact\", "), 400, null);
        assertError(post(exact, ""), 400, null);
    }

    @Test
    void rejectsMissingOrEmptyMessages() throws Exception {
        assertError(post(exact, "{\"model\":\"sim-exact\"}"), 400, "messages");
        assertError(post(exact, "{\"model\":\"sim-exact\",\"messages\":[]}"), 400, "messages");
        assertError(post(exact, "{\"model\":\"sim-exact\",\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]}"),
                400, "messages");
        assertError(post(exact, "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"), 400, "model");
    }

    @Test
    void rejectsAnUnknownModelWith404() throws Exception {
        JsonNode error = assertError(post(exact, chatBody("gpt-4o", FRANCE.prompt())), 404, null);
        assertThat(error.get("code").stringValue()).isEqualTo("model_not_found");
        assertThat(error.get("message").stringValue()).contains("gpt-4o");
    }

    @Test
    void rejectsStreamingWrongMethodsAndUnknownPaths() throws Exception {
        String streaming = "{\"model\":\"sim-exact\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        assertThat(assertError(post(exact, streaming), 400, "stream").get("message").stringValue())
                .isEqualTo("streaming not supported by model-sim");
        assertError(send(exact, HttpRequest.newBuilder(URI.create(exact.baseUrl() + "/chat/completions")).GET()), 405,
                null);
        assertError(send(exact, HttpRequest.newBuilder(URI.create(exact.baseUrl() + "/completions")).GET()), 404, null);
    }

    @Test
    void listsAndRetrievesTheServedModel() throws Exception {
        HttpResponse<String> response = send(exact, HttpRequest.newBuilder(URI.create(exact.baseUrl() + "/models")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.get("object").stringValue()).isEqualTo("list");
        assertThat(list.get("data")).hasSize(1);
        JsonNode model = list.get("data").get(0);
        assertThat(model.get("id").stringValue()).isEqualTo("sim-exact");
        assertThat(model.get("object").stringValue()).isEqualTo("model");
        assertThat(model.get("owned_by").stringValue()).isEqualTo("model-sim");
        assertThat(model.get("created").longValue()).isPositive();

        assertThat(send(exact, HttpRequest.newBuilder(URI.create(exact.baseUrl() + "/models/sim-exact"))).statusCode())
                .isEqualTo(200);
        assertError(send(exact, HttpRequest.newBuilder(URI.create(exact.baseUrl() + "/models/other"))), 404, null);
    }

    @Test
    void checksTheBearerKeyWhenOneIsConfigured() throws Exception {
        ModelSimServer secured = start(SimulatedModel.of("sim-secured", QualityTier.EXACT).withApiKey("sk-test"));
        String body = chatBody("sim-secured", FRANCE.prompt());

        assertError(post(secured, body), 401, null);
        assertThat(send(secured, HttpRequest.newBuilder(URI.create(secured.baseUrl() + "/chat/completions"))
                .header("Authorization", "Bearer sk-wrong").POST(HttpRequest.BodyPublishers.ofString(body)))
                .statusCode()).isEqualTo(401);
        assertThat(send(secured, HttpRequest.newBuilder(URI.create(secured.baseUrl() + "/chat/completions"))
                .header("Authorization", "Bearer sk-test").POST(HttpRequest.BodyPublishers.ofString(body)))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anErrorRateOfOneAnswers500InOpenAiShape() throws Exception {
        ModelSimServer failing = start(SimulatedModel.of("sim-failing", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.errors(1)));
        JsonNode error = assertError(post(failing, chatBody("sim-failing", FRANCE.prompt())), 500, null);
        assertThat(error.get("type").stringValue()).isEqualTo("server_error");
    }

    @Test
    void injectionAppendsASentenceAimedAtJudges() throws Exception {
        ModelSimServer injecting = start(SimulatedModel.of("sim-injecting", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.injection(1)));
        String content = content(post(injecting, chatBody("sim-injecting", FRANCE.prompt())));
        assertThat(content).startsWith(FRANCE.reference() + " ");
        assertThat(CorpusResponder.INJECTIONS).anySatisfy(sentence -> assertThat(content).endsWith(sentence));
    }

    @Test
    void replayAnswersAnotherCorpusItem() throws Exception {
        ModelSimServer replaying = start(SimulatedModel.of("sim-replay", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.replay(1)));
        String content = content(post(replaying, chatBody("sim-replay", FRANCE.prompt())));
        assertThat(content).isNotEqualTo(FRANCE.reference());
        assertThat(Corpus.builtIn().items()).extracting(QaItem::reference).contains(content);
    }

    @Test
    void unknownPromptsGetAnAnswerToo() throws Exception {
        String content = content(post(exact, chatBody("sim-exact", "How should I name my sourdough starter?")));
        assertThat(content).contains("sourdough");
    }

    private static ModelSimServer start(SimulatedModel model) {
        ModelSimServer server = ModelSimServer.start(model, 0);
        SERVERS.add(server);
        return server;
    }

    /** Alternating user/assistant turns after the system prompt; the last one is the user's question. */
    private static String chatBody(String model, String... texts) throws Exception {
        List<Object> messages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String role = texts.length > 1 && i == 0 ? "system" : (texts.length - 1 - i) % 2 == 0 ? "user" : "assistant";
            messages.add(java.util.Map.of("role", role, "content", texts[i]));
        }
        return JSON.writeValueAsString(java.util.Map.of("model", model, "messages", messages, "temperature", 0.2));
    }

    private static HttpResponse<String> post(ModelSimServer server, String body) throws Exception {
        return send(server, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(ModelSimServer server, HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String content(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).at("/choices/0/message/content").stringValue();
    }

    private static JsonNode assertError(HttpResponse<String> response, int status, String param) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("message").stringValue()).isNotBlank();
        assertThat(error.get("type").stringValue()).isIn("invalid_request_error", "server_error");
        assertThat(error.has("param")).isTrue();
        assertThat(error.has("code")).isTrue();
        if (param == null) {
            assertThat(error.get("param").isNull()).isTrue();
        } else {
            assertThat(error.get("param").stringValue()).isEqualTo(param);
        }
        return error;
    }
}
