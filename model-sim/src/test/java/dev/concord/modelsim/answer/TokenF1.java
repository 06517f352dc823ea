package dev.concord.modelsim.answer;

import dev.concord.modelsim.text.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** SQuAD-style token F1 (lower-cased words, articles dropped, multiset overlap): the paper's ground-truth proxy. */
final class TokenF1 {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private TokenF1() {
    }

    static double of(String candidate, String reference) {
        List<String> c = words(candidate);
        List<String> r = words(reference);
        if (c.isEmpty() || r.isEmpty()) {
            return c.equals(r) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        r.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : c) {
            if (counts.getOrDefault(w, 0) > 0) {
                counts.merge(w, -1, Integer::sum);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / c.size();
        double recall = (double) common / r.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> words(String text) {
        return Tokens.words(text).stream().filter(w -> !ARTICLES.contains(w)).toList();
    }
}
