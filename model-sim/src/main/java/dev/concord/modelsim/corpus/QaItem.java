package dev.concord.modelsim.corpus;

import java.util.Objects;

/**
 * One corpus item. Besides the public question and reference it carries what the answer tiers need:
 * {@code answer} is the key phrase (verbatim inside {@code reference}), {@code distractor} a plausible wrong
 * entity of the same kind, {@code subject} what the prompt is about and {@code topic} its category.
 */
public record QaItem(String id, String task, String prompt, String reference, String answer, String distractor,
                     String subject, String topic) {

    public static final String QA = "qa";
    public static final String SUMMARIZATION = "summarization";

    public QaItem {
        requireText(id, "id");
        requireText(task, "task");
        requireText(prompt, "prompt");
        requireText(reference, "reference");
        requireText(answer, "answer");
        requireText(distractor, "distractor");
        requireText(subject, "subject");
        requireText(topic, "topic");
        if (!task.equals(QA) && !task.equals(SUMMARIZATION)) {
            throw new IllegalArgumentException(id + ": task must be qa or summarization, was " + task);
        }
        if (!reference.contains(answer)) {
            throw new IllegalArgumentException(id + ": answer '" + answer + "' is not in the reference");
        }
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
