package dev.concord.evaluator.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.corpus.QaItem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InjectionDetectorTest {

    static List<InjectionCorpus.Attack> attacks() {
        return InjectionCorpus.load();
    }

    @Test
    void theCorpusHasAtLeastThirtyAttacksOfAtLeastTenKinds() {
        assertThat(attacks()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(attacks().stream().map(InjectionCorpus.Attack::kind).distinct()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyAttackOfTheCorpusIsFlaggedAlone(InjectionCorpus.Attack attack) {
        assertThat(InjectionDetector.detect(attack.text())).as(attack.text()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyAttackIsFlaggedAfterAnHonestAnswer(InjectionCorpus.Attack attack) {
        String answer = "The capital of Australia is Canberra, chosen in 1908 as a compromise between Sydney and Melbourne.";
        assertThat(InjectionDetector.isInjection(answer + "\n\n" + attack.text())).isTrue();
        assertThat(InjectionDetector.isInjection(answer)).isFalse();
    }

    /** Every answer model-sim can give (each corpus item's reference and each quality tier) is an honest text. */
    @Test
    void noAnswerOfTheProjectCorpusIsFlagged() {
        AnswerSynthesizer synthesizer = new AnswerSynthesizer();
        List<String> answers = new ArrayList<>();
        List<QaItem> items = Corpus.builtIn().items();
        for (int i = 0; i < items.size(); i++) {
            answers.add(items.get(i).reference());
            answers.add(items.get(i).prompt());
            for (QualityTier tier : QualityTier.values()) {
                answers.add(synthesizer.answer(items.get(i), tier, new SplittableRandom(i)));
            }
        }
        List<String> flagged = answers.stream().filter(InjectionDetector::isInjection)
                .map(a -> InjectionDetector.detect(a).orElseThrow() + ": " + a).collect(Collectors.toList());

        assertThat(answers).hasSizeGreaterThan(3000);
        assertThat(flagged).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The judge sentenced him to 10 years in prison.",
        "In figure skating, judges award points for each element; a 10 was the old maximum.",
        "Ignore the first few samples: the instrument needs ten minutes to warm up.",
        "The interest rate rose to 10% in 1981.",
        "A JSON object looks like {\"name\": \"Ada\", \"born\": 1815}.",
        "HTML comments are written <!-- like this --> and browsers do not show them.",
        "The Arabic word for book is \u200fكتاب\u200f, read from right to left.",
        "Score: the final was 3-1 after extra time.",
        "Bewerte die Quellen kritisch, bevor du sie zitierst."})
    void hardHonestTextsAreNotFlagged(String text) {
        assertThat(InjectionDetector.detect(text)).as(text).isEmpty();
    }
}
