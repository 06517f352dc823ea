package dev.concord.modelsim.server;

import dev.concord.modelsim.text.Tokens;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code POST /v1/chat/completions}: validate, ask the responder, wait out the simulated latency, shape the reply. */
final class ChatCompletions {

    private final String modelId;
    private final Responder responder;
    private final ChatRequestParser parser = new ChatRequestParser();

    ChatCompletions(String modelId, Responder responder) {
        this.modelId = modelId;
        this.responder = responder;
    }

    WireFormat.ChatCompletion complete(InputStream body) {
        ChatRequest request = parser.parse(readJson(body));
        if (!request.model().equals(modelId)) {
            throw ApiError.notFound("The model `" + request.model()
                    + "` does not exist or you do not have access to it.", "model_not_found");
        }
        if (request.stream()) {
            throw ApiError.badRequest("streaming not supported by model-sim", "stream");
        }
        Reply reply = responder.respond(request);
        sleep(reply.delay());
        if (reply instanceof Reply.Failure failure) {
            throw failure.error();
        }
        return shape(request, ((Reply.Completion) reply).content());
    }

    private WireFormat.ChatCompletion shape(ChatRequest request, String content) {
        int max = request.maxTokens().orElse(Integer.MAX_VALUE);
        boolean cut = Tokens.count(content) > max;
        String text = cut ? Tokens.truncate(content, max) : content;
        int promptTokens = request.messages().stream().mapToInt(m -> Tokens.count(m.content())).sum();
        int completionTokens = Tokens.count(text);
        return new WireFormat.ChatCompletion("chatcmpl-" + UUID.randomUUID().toString().replace("-", ""),
                "chat.completion", Instant.now().getEpochSecond(), modelId,
                List.of(new WireFormat.Choice(0, new WireFormat.AssistantMessage("assistant", text),
                        cut ? "length" : "stop")),
                new WireFormat.Usage(promptTokens, completionTokens, promptTokens + completionTokens));
    }

    private static JsonNode readJson(InputStream body) {
        try {
            return WireFormat.JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiError.badRequest("We could not parse the JSON body of your request. (HINT: This likely means"
                    + " you aren't using your HTTP library correctly.)", null);
        }
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.serverError("model-sim is shutting down");
        }
    }
}
