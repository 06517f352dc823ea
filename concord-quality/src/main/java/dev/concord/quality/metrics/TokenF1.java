package dev.concord.quality.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-level F1 between a response and a reference answer, scaled to 0..10: the ground-truth proxy for QA
 * (S3). Tokens are counted as a multiset: precision = common / response tokens, recall = common / reference
 * tokens. As in SQuAD, when either side has no tokens the score is 10 if both are empty and 0 otherwise.
 */
public record TokenF1(Tokenizer tokenizer) {

    public TokenF1() {
        this(Tokenizer.squad());
    }

    public double score(String response, String reference) {
        List<String> candidate = tokenizer.tokens(response);
        List<String> truth = tokenizer.tokens(reference);
        if (candidate.isEmpty() || truth.isEmpty()) {
            return candidate.isEmpty() && truth.isEmpty() ? 10 : 0;
        }
        Map<String, Integer> remaining = new HashMap<>();
        truth.forEach(token -> remaining.merge(token, 1, Integer::sum));
        int common = 0;
        for (String token : candidate) {
            Integer left = remaining.get(token);
            if (left != null && left > 0) {
                remaining.put(token, left - 1);
                common++;
            }
        }
        return 10 * F1.of(common, candidate.size(), truth.size());
    }
}
