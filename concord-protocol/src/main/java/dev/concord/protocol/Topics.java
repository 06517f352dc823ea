package dev.concord.protocol;

import java.util.List;

/**
 * Every Kafka topic of a round, in one place. All events are keyed by requestId (the registry by nodeId), so a
 * round's events land on the same partition number in every topic.
 */
public final class Topics {

    public static final String PROMPTS = "concord.prompts";
    /** Hashes of answers, before any answer is visible (commit-reveal). */
    public static final String COMMITMENTS = "concord.commitments";
    /** Consensus closes a round's commit window: the committed nodes reveal. */
    public static final String REVEALS = "concord.reveals";
    public static final String RESPONSES = "concord.responses";
    public static final String EVALUATIONS = "concord.evaluations";
    public static final String SCORES = "concord.scores";
    public static final String DECISIONS = "concord.decisions";
    public static final String SETTLEMENTS = "concord.settlements";
    /** Compacted: the latest entry per node id. */
    public static final String REGISTRY = "concord.registry";

    /** Suffix of the dead-letter topic that receives a topic's poison messages. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ROUND_TOPICS = List.of(PROMPTS, COMMITMENTS, REVEALS, RESPONSES, EVALUATIONS, SCORES, DECISIONS, SETTLEMENTS);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
