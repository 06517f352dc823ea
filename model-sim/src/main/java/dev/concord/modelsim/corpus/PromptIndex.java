package dev.concord.modelsim.corpus;

import dev.concord.modelsim.text.Tokens;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the corpus item a prompt asks about. Fuzzy matching is an IDF-weighted Jaccard overlap of content
 * words: plain overlap would let "What is the capital of Botswana?" match France's item, because every capital
 * question shares "capital"; weighting by rarity makes the unseen country decide instead.
 */
final class PromptIndex {

    /** Question words that carry no topic; without this list every "what is the ..." would look alike. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "is", "are",
            "was", "were", "do", "does", "did", "what", "which", "who", "whom", "how", "when", "where", "why", "s",
            "and", "or", "for", "by", "it", "its", "please", "tell", "me", "you", "can", "could");

    private final List<QaItem> items;
    private final Map<String, QaItem> exact = new HashMap<>();
    private final List<Set<String>> contentWords;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double threshold;

    PromptIndex(List<QaItem> items, double threshold) {
        this.items = items;
        this.threshold = threshold;
        this.contentWords = items.stream().map(item -> contentWords(item.prompt())).toList();
        items.forEach(item -> exact.putIfAbsent(Tokens.normalise(item.prompt()), item));
        contentWords.forEach(words -> words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
    }

    Optional<QaItem> find(String prompt) {
        QaItem hit = exact.get(Tokens.normalise(prompt));
        if (hit != null) {
            return Optional.of(hit);
        }
        Set<String> query = contentWords(prompt);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        QaItem best = null;
        double bestScore = threshold;
        for (int i = 0; i < items.size(); i++) {
            double score = similarity(query, contentWords.get(i));
            if (score >= bestScore) {
                best = items.get(i);
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private double similarity(Set<String> query, Set<String> candidate) {
        double shared = 0;
        double union = 0;
        Set<String> all = new HashSet<>(query);
        all.addAll(candidate);
        for (String word : all) {
            double weight = idf(word);
            union += weight;
            if (query.contains(word) && candidate.contains(word)) {
                shared += weight;
            }
        }
        return shared / union;
    }

    private double idf(String word) {
        return Math.log((items.size() + 1.0) / (documentFrequency.getOrDefault(word, 0) + 1.0)) + 1.0;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>(Tokens.words(text));
        words.removeAll(STOP_WORDS);
        return words;
    }
}
