package dev.concord.modelsim.server;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Validates a chat completion body the way OpenAI does, naming the offending parameter in each 400. */
final class ChatRequestParser {

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    ChatRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object.", null);
        }
        JsonNode model = body.get("model");
        if (model == null || !model.isString() || model.stringValue().isBlank()) {
            throw ApiError.badRequest("you must provide a model parameter", "model");
        }
        List<ChatMessage> messages = messages(body.get("messages"));
        return new ChatRequest(model.stringValue(), messages, maxTokens(body.get("max_tokens")),
                temperature(body.get("temperature")), stream(body.get("stream")));
    }

    private static List<ChatMessage> messages(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("Missing required parameter: 'messages'.", "messages");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw ApiError.badRequest("'messages' must be a non-empty array.", "messages");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode message = node.get(i);
            String param = "messages[" + i + "]";
            JsonNode role = message.get("role");
            if (role == null || !role.isString() || !ROLES.contains(role.stringValue())) {
                throw ApiError.badRequest("Invalid or missing role in " + param + ".", param + ".role");
            }
            messages.add(new ChatMessage(role.stringValue(), content(message.get("content"), param)));
        }
        if (messages.stream().noneMatch(m -> m.role().equals("user"))) {
            throw ApiError.badRequest("'messages' must contain at least one user message.", "messages");
        }
        return messages;
    }

    /** Content is a string or, in the newer form, an array of parts of which the text parts count. */
    private static String content(JsonNode node, String param) {
        if (node != null && node.isString()) {
            return node.stringValue();
        }
        if (node != null && node.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : node) {
                if (part.path("type").asString("").equals("text") && part.path("text").isString()) {
                    text.append(text.isEmpty() ? "" : "\n").append(part.get("text").stringValue());
                }
            }
            return text.toString();
        }
        if (node == null || node.isNull()) {
            return "";
        }
        throw ApiError.badRequest("Invalid content in " + param + ".", param + ".content");
    }

    private static OptionalInt maxTokens(JsonNode node) {
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw ApiError.badRequest("'max_tokens' must be a positive integer.", "max_tokens");
        }
        return OptionalInt.of(node.intValue());
    }

    private static Optional<Double> temperature(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 2) {
            throw ApiError.badRequest("'temperature' must be a number between 0 and 2.", "temperature");
        }
        return Optional.of(node.doubleValue());
    }

    private static boolean stream(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw ApiError.badRequest("'stream' must be a boolean.", "stream");
        }
        return node.booleanValue();
    }
}
