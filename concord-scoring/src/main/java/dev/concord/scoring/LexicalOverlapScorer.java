package dev.concord.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model-free baseline: token-level F1 between the prompt's and the response's content words (SQuAD-style
 * multiset overlap), mapped onto 0..10 by its fitted {@link Calibration}. It rewards answers that stay on the question's terms and cannot tell a right answer
 * from a wrong one that repeats the question; that is the point of a baseline.
 */
public final class LexicalOverlapScorer implements Scorer {

    public static final String ID = "lexical:token-f1@1";

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Function words: without them the F1 of short texts is dominated by "the", "of" and "is". */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "by",
            "with", "and", "or", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "what", "which",
            "who", "whom", "how", "why", "when", "where", "do", "does", "did", "as", "from", "i", "you");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Double> score(String prompt, List<String> responses) {
        Map<String, Integer> promptTokens = tokens(prompt);
        return responses.stream().map(r -> Calibrated.CURVE.toScore(f1(promptTokens, tokens(r)))).toList();
    }

    /** One response's score, the same number {@link #score(String, List)} gives it; for callers without rounds. */
    public static double score(String prompt, String response) {
        return Calibrated.CURVE.toScore(overlap(prompt, response));
    }

    /** The raw value the calibration maps: F1 of the content words, 0..1. */
    public static double overlap(String prompt, String response) {
        return f1(tokens(prompt), tokens(response));
    }

    /** Loaded on first scoring, so a calibration run can use {@link #overlap} before any curve exists. */
    private static final class Calibrated {
        static final Calibration CURVE = Calibration.load("lexical", ID);
    }

    static double f1(Map<String, Integer> reference, Map<String, Integer> candidate) {
        int common = 0;
        for (Map.Entry<String, Integer> entry : candidate.entrySet()) {
            common += Math.min(entry.getValue(), reference.getOrDefault(entry.getKey(), 0));
        }
        if (common == 0) {
            return 0.0;
        }
        double precision = (double) common / total(candidate);
        double recall = (double) common / total(reference);
        return 2 * precision * recall / (precision + recall);
    }

    static Map<String, Integer> tokens(String text) {
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
