package dev.concord.gateway.web;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.round.RoundRequest;
import dev.concord.gateway.web.openai.ChatCompletionRequest;
import dev.concord.gateway.web.openai.ChatCompletionRequest.ConcordOptions;
import dev.concord.gateway.web.openai.ChatCompletionRequest.Message;
import dev.concord.protocol.event.ChatMessage;
import dev.concord.quality.aggregation.AggregationRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks a chat-completion request at the boundary and turns it into a round request, or names what is wrong. */
public class ChatRequestValidator {

    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "developer");
    private static final int DEFAULT_MAX_TOKENS = 512;
    private static final int MAX_TOKENS_LIMIT = 8192;
    /** Below this a round cannot collect answers and scores over Kafka at all. */
    private static final Duration MIN_DEADLINE = Duration.ofSeconds(1);

    private final GatewayProperties properties;

    public ChatRequestValidator(GatewayProperties properties) {
        this.properties = properties;
    }

    public RoundRequest validate(ChatCompletionRequest request) {
        if (request == null) {
            throw ApiException.invalid("request body is missing", null);
        }
        if (request.streamOptions() != null && !request.streamed()) {
            // as OpenAI answers: the options would silently do nothing
            throw ApiException.invalid("stream_options is only allowed when stream is true", "stream_options");
        }
        List<ChatMessage> messages = messages(request.messages());
        int maxTokens = maxTokens(request);
        ConcordOptions options = request.concord() == null ? ConcordOptions.NONE : request.concord();
        int nodes = bounded(options.nodes(), properties.inferenceNodes(), properties.maxInferenceNodes(), "concord.nodes");
        int evaluators = bounded(options.evaluators(), properties.evaluators(), properties.maxEvaluators(), "concord.evaluators");
        String rule = options.rule() == null ? properties.rule() : options.rule();
        try {
            AggregationRules.byName(rule);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage(), "concord.rule");
        }
        String model = request.model() == null || request.model().isBlank() ? RoundRequest.AUTO_MODEL : request.model();
        return new RoundRequest(model, messages, maxTokens, nodes, evaluators, rule, deadline(options.deadlineMs()),
                maxPrice(options.maxPriceMicros()));
    }

    private Duration deadline(Long millis) {
        if (millis == null) {
            return null;
        }
        if (millis < MIN_DEADLINE.toMillis() || millis > properties.maxDeadline().toMillis()) {
            throw ApiException.invalid("concord.deadline_ms must be between " + MIN_DEADLINE.toMillis() + " and "
                    + properties.maxDeadline().toMillis(), "concord.deadline_ms");
        }
        return Duration.ofMillis(millis);
    }

    private static Long maxPrice(Long micros) {
        if (micros != null && micros < 0) {
            throw ApiException.invalid("concord.max_price_micros must not be negative", "concord.max_price_micros");
        }
        return micros;
    }

    private List<ChatMessage> messages(List<Message> messages) {
        if (messages == null || messages.isEmpty()) {
            throw ApiException.invalid("'messages' must be a non-empty array", "messages");
        }
        List<ChatMessage> result = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            String param = "messages[" + i + "]";
            if (message == null || message.role() == null || !ROLES.contains(message.role())) {
                throw ApiException.invalid(param + ".role must be one of " + ROLES, param + ".role");
            }
            if (!(message.content() instanceof String text) || text.isBlank()) {
                throw ApiException.invalid(param + ".content must be a non-empty string", param + ".content");
            }
            chars += text.length();
            result.add(new ChatMessage(message.role(), text));
        }
        if (chars > properties.maxPromptChars()) {
            throw ApiException.invalid("the messages hold " + chars + " characters; the limit is "
                    + properties.maxPromptChars(), "messages");
        }
        if (result.stream().noneMatch(m -> m.role().equals("user"))) {
            throw ApiException.invalid("'messages' must contain at least one user message", "messages");
        }
        return result;
    }

    private static int maxTokens(ChatCompletionRequest request) {
        Integer asked = request.maxCompletionTokens() != null ? request.maxCompletionTokens() : request.maxTokens();
        if (asked == null) {
            return DEFAULT_MAX_TOKENS;
        }
        if (asked < 1 || asked > MAX_TOKENS_LIMIT) {
            throw ApiException.invalid("max_tokens must be between 1 and " + MAX_TOKENS_LIMIT, "max_tokens");
        }
        return asked;
    }

    private static int bounded(Integer asked, int fallback, int max, String param) {
        if (asked == null) {
            return fallback;
        }
        if (asked < 1 || asked > max) {
            throw ApiException.invalid(param + " must be between 1 and " + max, param);
        }
        return asked;
    }
}
