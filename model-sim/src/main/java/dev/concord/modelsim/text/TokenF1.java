package dev.concord.modelsim.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQuAD-style token F1 over {@link Tokens#words}: multiset overlap, so a repeated word counts only as often as it occurs in both. */
public final class TokenF1 {

    private TokenF1() {
    }

    public static double of(String candidate, String reference) {
        List<String> candidateWords = Tokens.words(candidate);
        List<String> referenceWords = Tokens.words(reference);
        Map<String, Integer> remaining = new HashMap<>();
        referenceWords.forEach(w -> remaining.merge(w, 1, Integer::sum));
        int common = 0;
        for (String word : candidateWords) {
            if (remaining.getOrDefault(word, 0) > 0) {
                remaining.merge(word, -1, Integer::sum);
                common++;
            }
        }
        if (common == 0) {
            return 0.0;
        }
        double precision = (double) common / candidateWords.size();
        double recall = (double) common / referenceWords.size();
        return 2 * precision * recall / (precision + recall);
    }
}
