package dev.concord.modelsim.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusTest {

    private final Corpus corpus = Corpus.builtIn();

    @Test
    void builtInCorpusHasAtLeast300UniqueCompleteItems() {
        List<QaItem> items = corpus.items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(300);
        assertThat(items.stream().map(QaItem::id).collect(Collectors.toSet())).hasSize(items.size());
        assertThat(items.stream().map(i -> i.prompt().toLowerCase()).collect(Collectors.toSet())).hasSize(items.size());
        for (QaItem item : items) {
            assertThat(List.of(item.id(), item.task(), item.prompt(), item.reference(), item.answer(),
                    item.distractor(), item.subject(), item.topic())).allSatisfy(f -> assertThat(f).isNotBlank());
            assertThat(item.reference()).contains(item.answer());
            assertThat(item.distractor()).isNotEqualTo(item.answer());
        }
    }

    @Test
    void aboutOneItemInTenIsASummarizationWithItsPassageInThePrompt() {
        List<QaItem> summaries = corpus.items().stream().filter(i -> i.task().equals(QaItem.SUMMARIZATION)).toList();
        assertThat((double) summaries.size() / corpus.items().size()).isBetween(0.07, 0.15);
        assertThat(summaries).allSatisfy(s -> assertThat(s.prompt().length()).isGreaterThan(2 * s.reference().length() / 3));
        assertThat(corpus.items().stream().map(QaItem::task).collect(Collectors.toSet()))
                .isEqualTo(Set.of(QaItem.QA, QaItem.SUMMARIZATION));
    }

    @Test
    void findMatchesIgnoringCaseAndPunctuation() {
        assertThat(corpus.find("what is the CAPITAL of france")).map(QaItem::answer).contains("Paris");
        assertThat(corpus.find("Who wrote Moby-Dick?")).map(QaItem::answer).contains("Herman Melville");
        assertThat(corpus.byId("capital-001")).map(QaItem::answer).contains("Paris");
    }

    @Test
    void findToleratesRewordingButNotAnotherSubject() {
        assertThat(corpus.find("Tell me: what's the capital city of Japan?")).map(QaItem::answer).contains("Tokyo");
        assertThat(corpus.find("Which chemical symbol does gold have?")).map(QaItem::answer).contains("Au");
        assertThat(corpus.find("What is the capital of Botswana?")).isEmpty();
        assertThat(corpus.find("Who wrote The Brothers Karamazov?")).isEmpty();
        assertThat(corpus.find("???")).isEmpty();
    }

    @Test
    void loadsJsonLinesFromAFileAndRejectsDuplicateIds(@TempDir Path dir) throws Exception {
        String line = "{\"id\":\"x-1\",\"task\":\"qa\",\"prompt\":\"What colour is the sky?\","
                + "\"reference\":\"The sky is blue.\",\"answer\":\"blue\",\"distractor\":\"green\","
                + "\"subject\":\"sky\",\"topic\":\"science\"}";
        Path file = Files.writeString(dir.resolve("c.jsonl"), line + "\n\n");
        assertThat(Corpus.load(file).items()).extracting(QaItem::reference).containsExactly("The sky is blue.");

        Files.writeString(file, line + "\n" + line + "\n");
        assertThatThrownBy(() -> Corpus.load(file)).hasMessageContaining("duplicate corpus id x-1");
    }

    @Test
    void rejectsAnItemWhoseKeyPhraseIsNotInItsReference() {
        assertThatThrownBy(() -> new QaItem("x", "qa", "p?", "The sky is blue.", "red", "green", "sky", "t"))
                .hasMessageContaining("not in the reference");
    }
}
