package dev.concord.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.gateway.web.openai.ChatCompletionChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionChunksTest {

    @Test
    void piecesAreWordSizedAndConcatenateToTheExactText() {
        String text = "  The capital\nof  Australia is Canberra. ";

        List<String> pieces = CompletionChunks.pieces(text);

        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).containsExactly("  ", "The ", "capital\n", "of  ", "Australia ", "is ", "Canberra. ");
    }

    @Test
    void roleFirstThenContentThenStop() {
        List<ChatCompletionChunk> chunks = CompletionChunks.of(Rounds.decided("r-1", "Canberra it is."), false);

        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.id()).isEqualTo("chatcmpl-r-1");
            assertThat(c.object()).isEqualTo("chat.completion.chunk");
            assertThat(c.created()).isEqualTo(Rounds.DECIDED_AT.getEpochSecond());
            assertThat(c.model()).isEqualTo("sim-exact");
            assertThat(c.usage()).isNull();
        });
        assertThat(chunks).extracting(c -> c.choices().get(0).delta().role()).containsExactly("assistant", null, null, null, null);
        assertThat(chunks).extracting(c -> c.choices().get(0).delta().content()).containsExactly(null, "Canberra ", "it ", "is.", null);
        assertThat(chunks).extracting(c -> c.choices().get(0).finishReason()).containsExactly(null, null, null, null, "stop");
        assertThat(chunks.get(0).concord().winnerNode()).isEqualTo("inf-best");
    }

    @Test
    void usageComesLastWithNoChoicesWhenAsked() {
        List<ChatCompletionChunk> chunks = CompletionChunks.of(Rounds.decided("r-1", "Canberra."), true);

        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().totalTokens()).isEqualTo(19);
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c.usage()).isNull());
    }

    @Test
    void anEmptyAnswerStillStartsAndStops() {
        List<ChatCompletionChunk> chunks = CompletionChunks.of(Rounds.decided("r-1", ""), false);

        assertThat(chunks).extracting(c -> c.choices().get(0).finishReason()).containsExactly(null, "stop");
    }
}
