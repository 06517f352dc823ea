package dev.concord.modelsim.answer;

/** How good a simulated model's answers are, best first: the declaration order is the intended quality order. */
public enum QualityTier {
    /** The reference answer itself. */
    EXACT,
    /** The same facts, reworded. */
    PARAPHRASE,
    /** The start of a correct answer that never reaches the key fact. */
    PARTIAL,
    /** The reference with its key entity swapped for a plausible wrong one. */
    WRONG_ENTITY,
    /** Confident, fabricated claims loosely about the subject. */
    HALLUCINATION,
    /** Fluent text about something else entirely. */
    OFF_TOPIC
}
