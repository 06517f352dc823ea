package dev.concord.evaluator.scoring;

import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a judge's reply under the strict contract: one JSON object whose only field is {@code score}, a JSON number
 * from 0 to 10; surrounding whitespace is the only slack. Anything else (prose, a code fence, a quoted number, an
 * extra field, a duplicate key) is invalid rather than guessed at: a lenient reader would let a judge's stray
 * formatting, or text an injection made it echo, decide a score.
 */
final class JudgeVerdict {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JudgeVerdict() {
    }

    /** The score, or empty when the reply breaks the contract. */
    static OptionalDouble parse(String reply) {
        JsonNode root;
        try {
            root = STRICT.readTree(reply.strip());
        } catch (JacksonException e) {
            return OptionalDouble.empty();
        }
        if (root == null || !root.isObject() || root.size() != 1) {
            return OptionalDouble.empty();
        }
        Map.Entry<String, JsonNode> field = root.properties().iterator().next();
        JsonNode score = field.getValue();
        if (!field.getKey().equals("score") || !score.isNumber()) {
            return OptionalDouble.empty();
        }
        double value = score.doubleValue();
        return value >= 0 && value <= 10 ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
