package dev.concord.quality.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simple tokenizer the offline metrics share, after SQuAD's answer normalisation: lowercase (root locale),
 * every character that is not a letter or a digit becomes a space (so "don't" gives "don" and "t", and
 * "3.5" gives "3" and "5"), split on whitespace, and optionally drop the English articles a, an, the.
 *
 * @param dropArticles whether to drop "a", "an" and "the", as SQuAD's F1 does
 */
public record Tokenizer(boolean dropArticles) {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** SQuAD's normalisation, articles dropped: the default for token F1. */
    public static Tokenizer squad() {
        return new Tokenizer(true);
    }

    public List<String> tokens(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        List<String> tokens = new ArrayList<>();
        for (String token : cleaned.trim().split("\\s+")) {
            if (!token.isEmpty() && !(dropArticles && ARTICLES.contains(token))) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
