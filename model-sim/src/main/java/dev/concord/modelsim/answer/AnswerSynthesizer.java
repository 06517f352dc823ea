package dev.concord.modelsim.answer;

import dev.concord.modelsim.corpus.QaItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Produces an answer of a chosen quality from a corpus item. Stateless and thread-safe; all variation comes
 * from the caller's random generator, so a seeded generator gives reproducible answers.
 */
public final class AnswerSynthesizer {

    private static final List<String> HEDGES = List.of("...", "... I would need to check the rest.",
            "... but I am not sure how it ends.", " - that is as far as I can say.");

    private final Paraphraser paraphraser = new Paraphraser();
    private final Fabricator fabricator = new Fabricator();

    public String answer(QaItem item, QualityTier tier, RandomGenerator rng) {
        return switch (tier) {
            case EXACT -> item.reference();
            case PARAPHRASE -> paraphraser.paraphrase(item.reference(), rng);
            case PARTIAL -> partial(item, rng);
            case WRONG_ENTITY -> item.reference().replace(item.answer(), item.distractor());
            case HALLUCINATION -> fabricator.hallucination(item.subject(), rng);
            case OFF_TOPIC -> fabricator.offTopic(rng);
        };
    }

    /** The first half or so of the reference's words, never including the key phrase, then a trailing hedge. */
    private String partial(QaItem item, RandomGenerator rng) {
        String withoutKey = item.reference().replace(item.answer(), " ").replaceAll("[.,;:]+\\s*$", "");
        List<String> words = new ArrayList<>(Arrays.asList(withoutKey.trim().split("\\s+")));
        int keep = Math.max(1, (int) Math.round(words.size() * (0.4 + 0.2 * rng.nextDouble())));
        String start = String.join(" ", words.subList(0, Math.min(keep, words.size())))
                .replaceAll("[,;:]+$", "");
        return start + HEDGES.get(rng.nextInt(HEDGES.size()));
    }
}
