package dev.concord.modelsim.corpus;

import dev.concord.modelsim.text.Tokens;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns a prompt the corpus does not know into a stand-in item, so every quality tier still has a reference to
 * degrade from. The stand-in reference restates the prompt's content words: a scorer comparing prompt and
 * answer (a bi-encoder, say) then sees the tiers in the same order as for corpus items.
 */
public final class UnknownPrompt {

    private static final Set<String> FILLER = Set.of("what", "which", "who", "how", "when", "where", "why", "is",
            "are", "was", "were", "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "do", "does", "did",
            "can", "could", "would", "should", "please", "me", "you", "your", "my", "i", "it", "tell", "explain");
    private static final List<String> DISTRACTORS = List.of("timing", "cost", "history", "geography", "chemistry",
            "weather", "tradition", "marketing");

    private UnknownPrompt() {
    }

    public static QaItem asItem(String prompt) {
        List<String> content = Arrays.stream(prompt.trim().split("\\s+"))
                .map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w.toLowerCase()))
                .limit(8)
                .toList();
        String subject = content.isEmpty() ? "this question" : String.join(" ", content);
        String key = content.stream().max(Comparator.comparingInt(String::length)).orElse("context");
        String distractor = DISTRACTORS.get(Math.floorMod(key.toLowerCase().hashCode(), DISTRACTORS.size()));
        if (distractor.equalsIgnoreCase(key)) {
            distractor = "something unrelated";
        }
        String reference = "The direct answer concerns " + subject + ", and the deciding factor is " + key + ".";
        String id = "adhoc-" + Integer.toHexString(Tokens.normalise(prompt).hashCode());
        return new QaItem(id, QaItem.QA, prompt.isBlank() ? "(empty prompt)" : prompt, reference, key, distractor,
                subject, "unknown");
    }
}
