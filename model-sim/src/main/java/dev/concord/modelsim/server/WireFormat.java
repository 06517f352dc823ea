package dev.concord.modelsim.server;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The OpenAI response shapes. Components are camelCase in Java and snake_case on the wire. */
final class WireFormat {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private WireFormat() {
    }

    record ChatCompletion(String id, String object, long created, String model, List<Choice> choices,
                          Usage usage) {
    }

    record Choice(int index, AssistantMessage message, String finishReason) {
    }

    record AssistantMessage(String role, String content) {
    }

    record Usage(int promptTokens, int completionTokens, int totalTokens) {
    }

    record ModelList(String object, List<ModelEntry> data) {
    }

    record ModelEntry(String id, String object, long created, String ownedBy) {
    }

    record ErrorBody(ErrorDetail error) {
        static ErrorBody of(ApiError e) {
            return new ErrorBody(new ErrorDetail(e.getMessage(), e.type(), e.param(), e.code()));
        }
    }

    record ErrorDetail(String message, String type, String param, String code) {
    }
}
