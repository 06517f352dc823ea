package dev.concord.quality.metrics;

import java.util.List;

/**
 * ROUGE-L F1 (beta = 1) between a summary and a reference, scaled to 0..10: precision and recall of the
 * longest common subsequence of tokens. Same empty-text convention as {@link TokenF1}. By default articles
 * are kept, since word order matters here and ROUGE does not drop them.
 */
public record RougeL(Tokenizer tokenizer) {

    public RougeL() {
        this(new Tokenizer(false));
    }

    public double score(String summary, String reference) {
        List<String> candidate = tokenizer.tokens(summary);
        List<String> truth = tokenizer.tokens(reference);
        if (candidate.isEmpty() || truth.isEmpty()) {
            return candidate.isEmpty() && truth.isEmpty() ? 10 : 0;
        }
        return 10 * F1.of(longestCommonSubsequence(candidate, truth), candidate.size(), truth.size());
    }

    /** Classic dynamic programme, keeping one row: O(n*m) time, O(m) memory. */
    static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
