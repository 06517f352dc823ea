package dev.concord.modelsim.server;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two pieces of data a grading prompt carries: the question between {@code <question>} and {@code </question>},
 * and the one candidate answer between {@code <response>} and {@code </response>}. They are looked for in all
 * messages together, so the client may put its instructions and data in any roles. The answer ends at the last
 * closing tag, so an answer that itself contains one cannot cut its own text short.
 */
public record GradingRequest(String question, String candidate) {

    public static final String QUESTION_OPEN = "<question>";
    public static final String QUESTION_CLOSE = "</question>";
    public static final String RESPONSE_OPEN = "<response>";
    public static final String RESPONSE_CLOSE = "</response>";

    static Optional<GradingRequest> find(ChatRequest request) {
        String text = request.messages().stream().map(ChatMessage::content).collect(Collectors.joining("\n"));
        int questionStart = text.indexOf(QUESTION_OPEN);
        int questionEnd = questionStart < 0 ? -1 : text.indexOf(QUESTION_CLOSE, questionStart);
        int responseStart = text.indexOf(RESPONSE_OPEN, Math.max(questionEnd, 0));
        int responseEnd = text.lastIndexOf(RESPONSE_CLOSE);
        if (questionEnd < 0 || responseStart < 0 || responseEnd < responseStart) {
            return Optional.empty();
        }
        return Optional.of(new GradingRequest(
                text.substring(questionStart + QUESTION_OPEN.length(), questionEnd).strip(),
                text.substring(responseStart + RESPONSE_OPEN.length(), responseEnd).strip()));
    }
}
