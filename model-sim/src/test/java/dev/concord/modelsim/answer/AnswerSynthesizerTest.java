package dev.concord.modelsim.answer;

import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.modelsim.corpus.UnknownPrompt;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerSynthesizerTest {

    private final AnswerSynthesizer synthesizer = new AnswerSynthesizer();
    private final List<QaItem> items = Corpus.builtIn().items();

    @Test
    void meanTokenF1FollowsTheTierOrderOverTheWholeCorpus() {
        Map<QualityTier, Double> f1 = meanF1(items);
        System.out.println("mean token F1 per tier over the corpus: " + f1);

        assertThat(f1.get(QualityTier.EXACT)).isEqualTo(1.0);
        assertThat(f1.get(QualityTier.PARAPHRASE)).isLessThan(f1.get(QualityTier.EXACT));
        assertThat(f1.get(QualityTier.PARTIAL)).isLessThan(f1.get(QualityTier.PARAPHRASE));
        assertThat(f1.get(QualityTier.HALLUCINATION)).isLessThan(f1.get(QualityTier.PARTIAL));
        assertThat(f1.get(QualityTier.OFF_TOPIC)).isLessThan(f1.get(QualityTier.HALLUCINATION));
        assertThat(f1.get(QualityTier.WRONG_ENTITY)).isLessThan(f1.get(QualityTier.EXACT))
                .isGreaterThan(f1.get(QualityTier.HALLUCINATION));
    }

    @Test
    void unknownPromptsStillGetAnswersWhoseQualityFollowsTheTier() {
        List<QaItem> adHoc = List.of("How do I bake sourdough bread at home?", "Why do cats purr?",
                        "Compare Kafka and RabbitMQ for event sourcing", "What makes a good unit test?")
                .stream().map(UnknownPrompt::asItem).toList();
        Map<QualityTier, Double> f1 = meanF1(adHoc);

        assertThat(f1.get(QualityTier.EXACT)).isGreaterThan(f1.get(QualityTier.PARAPHRASE));
        assertThat(f1.get(QualityTier.PARAPHRASE)).isGreaterThan(f1.get(QualityTier.PARTIAL));
        assertThat(f1.get(QualityTier.PARTIAL)).isGreaterThan(f1.get(QualityTier.HALLUCINATION));
        assertThat(f1.get(QualityTier.PARTIAL)).isGreaterThan(f1.get(QualityTier.OFF_TOPIC));
    }

    @Test
    void paraphrasesRewordButKeepTheKeyFact() {
        SplittableRandom rng = new SplittableRandom(7);
        for (QaItem item : items) {
            String paraphrase = synthesizer.answer(item, QualityTier.PARAPHRASE, rng);
            assertThat(paraphrase).as(item.id()).isNotEqualTo(item.reference()).contains(item.answer());
        }
    }

    @Test
    void wrongEntityAndPartialAnswersLackTheKeyFact() {
        SplittableRandom rng = new SplittableRandom(7);
        for (QaItem item : items) {
            String wrong = synthesizer.answer(item, QualityTier.WRONG_ENTITY, rng);
            assertThat(wrong).as(item.id()).contains(item.distractor()).isNotEqualTo(item.reference());
            assertThat(synthesizer.answer(item, QualityTier.PARTIAL, rng)).as(item.id())
                    .doesNotContain(item.answer());
        }
    }

    @Test
    void hallucinationsNameTheSubjectAndOffTopicAnswersDoNot() {
        QaItem france = Corpus.builtIn().find("What is the capital of France?").orElseThrow();
        SplittableRandom rng = new SplittableRandom(3);
        assertThat(synthesizer.answer(france, QualityTier.HALLUCINATION, rng)).contains("France").doesNotContain("Paris");
        assertThat(synthesizer.answer(france, QualityTier.OFF_TOPIC, rng)).doesNotContain("France", "Paris");
    }

    @Test
    void sameSeedGivesTheSameAnswer() {
        QaItem item = items.get(42);
        for (QualityTier tier : QualityTier.values()) {
            assertThat(synthesizer.answer(item, tier, new SplittableRandom(11)))
                    .isEqualTo(synthesizer.answer(item, tier, new SplittableRandom(11)));
        }
    }

    private Map<QualityTier, Double> meanF1(List<QaItem> sample) {
        SplittableRandom rng = new SplittableRandom(2024);
        Map<QualityTier, Double> means = new EnumMap<>(QualityTier.class);
        for (QualityTier tier : QualityTier.values()) {
            means.put(tier, sample.stream()
                    .mapToDouble(item -> TokenF1.of(synthesizer.answer(item, tier, rng), item.reference()))
                    .average().orElseThrow());
        }
        return means;
    }
}
