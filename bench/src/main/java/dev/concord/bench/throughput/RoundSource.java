package dev.concord.bench.throughput;

import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.QaItem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rounds of one corpus prompt and five answers (paraphrase, partial, wrong entity, hallucination, off topic, as
 * model-sim writes them). Round n of a pass over the corpus is told apart from the same item in another pass by a
 * numbered closing sentence, so no text repeats and no cache can answer.
 */
final class RoundSource {

    static final List<QualityTier> TIERS = List.of(QualityTier.PARAPHRASE, QualityTier.PARTIAL,
            QualityTier.WRONG_ENTITY, QualityTier.HALLUCINATION, QualityTier.OFF_TOPIC);

    record Round(String prompt, List<String> responses) {
    }

    private final List<QaItem> items;
    private final List<List<String>> answers = new ArrayList<>();

    RoundSource(List<QaItem> items) {
        this.items = items;
        AnswerSynthesizer synthesizer = new AnswerSynthesizer();
        for (int i = 0; i < items.size(); i++) {
            List<String> round = new ArrayList<>();
            for (QualityTier tier : TIERS) {
                round.add(synthesizer.answer(items.get(i), tier, new SplittableRandom(i)));
            }
            answers.add(round);
        }
    }

    /** The n-th round; fresh texts for every n. */
    Round round(long n) {
        int item = (int) (n % items.size());
        long pass = n / items.size();
        String suffix = pass == 0 ? "" : " (answer " + pass + ")";
        return new Round(items.get(item).prompt() + suffix,
                answers.get(item).stream().map(a -> a + suffix).toList());
    }
}
