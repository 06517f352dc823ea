package dev.concord.bench.calibration;

import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.quality.metrics.TokenF1;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The calibration set: every corpus item answered once in every model-sim quality tier, each answer with its ground
 * truth, 10 x token F1 against the item's reference. The answers depend only on the seed, so a refit sees the same
 * texts.
 */
record CorpusAnswers(List<Answer> answers) {

    record Answer(int item, QaItem qa, QualityTier tier, String text, double truth) {
    }

    static CorpusAnswers of(List<QaItem> items, long seed) {
        AnswerSynthesizer synthesizer = new AnswerSynthesizer();
        TokenF1 f1 = new TokenF1();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            QaItem item = items.get(i);
            for (QualityTier tier : QualityTier.values()) {
                String text = synthesizer.answer(item, tier, new SplittableRandom(seed ^ (31L * i + 1_000_003L * tier.ordinal())));
                answers.add(new Answer(i, item, tier, text, f1.score(text, item.reference())));
            }
        }
        return new CorpusAnswers(List.copyOf(answers));
    }

    double[] truth() {
        return answers.stream().mapToDouble(Answer::truth).toArray();
    }
}
