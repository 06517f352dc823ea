package dev.concord.modelsim.server;

import java.util.Optional;

/**
 * The two pieces of data a grading prompt carries: the question between {@code <question>} and {@code </question>},
 * and the one candidate answer between {@code <response>} and {@code </response>}. They are read from the last
 * message that holds both, so a system prompt may name the tags and a client's retry may add turns after the data.
 * The answer ends at the last closing tag, so an answer that itself contains one cannot cut its own text short.
 */
public record GradingRequest(String question, String candidate) {

    public static final String QUESTION_OPEN = "<question>";
    public static final String QUESTION_CLOSE = "</question>";
    public static final String RESPONSE_OPEN = "<response>";
    public static final String RESPONSE_CLOSE = "</response>";

    static Optional<GradingRequest> find(ChatRequest request) {
        for (int i = request.messages().size() - 1; i >= 0; i--) {
            Optional<GradingRequest> found = parse(request.messages().get(i).content());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<GradingRequest> parse(String text) {
        int questionStart = text.indexOf(QUESTION_OPEN);
        int questionEnd = questionStart < 0 ? -1 : text.indexOf(QUESTION_CLOSE, questionStart);
        int responseStart = questionEnd < 0 ? -1 : text.indexOf(RESPONSE_OPEN, questionEnd);
        int responseEnd = text.lastIndexOf(RESPONSE_CLOSE);
        if (responseStart < 0 || responseEnd < responseStart) {
            return Optional.empty();
        }
        return Optional.of(new GradingRequest(
                text.substring(questionStart + QUESTION_OPEN.length(), questionEnd).strip(),
                text.substring(responseStart + RESPONSE_OPEN.length(), responseEnd).strip()));
    }
}
