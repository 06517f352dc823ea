package dev.concord.bench.scoring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model-free scorer, the same rule as evaluator-service's {@code LexicalOverlapScorer} (bench must not depend on
 * a Spring service): token F1 between the prompt's and the response's content words, times 10.
 */
final class LexicalOverlap {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "by",
            "with", "and", "or", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "what", "which",
            "who", "whom", "how", "why", "when", "where", "do", "does", "did", "as", "from", "i", "you");

    private LexicalOverlap() {
    }

    static double score(String prompt, String response) {
        Map<String, Integer> reference = tokens(prompt);
        Map<String, Integer> candidate = tokens(response);
        int common = 0;
        for (Map.Entry<String, Integer> entry : candidate.entrySet()) {
            common += Math.min(entry.getValue(), reference.getOrDefault(entry.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / total(candidate);
        double recall = (double) common / total(reference);
        return 10 * 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty() && !STOP_WORDS.contains(token)) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
