package dev.concord.gateway.web;

import dev.concord.gateway.web.openai.ChatCompletionChunk;
import dev.concord.gateway.web.openai.ChatCompletionChunk.Choice;
import dev.concord.gateway.web.openai.ChatCompletionChunk.Delta;
import dev.concord.protocol.event.RoundDecision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A decided round as the chunks of a streamed chat completion, in OpenAI's order: the assistant role, the content in
 * word-sized pieces, the finish reason, and the usage when the client asked for it. A round is decided as a whole
 * (the winner is known only once every answer is scored), so there are no tokens to relay as they are generated:
 * the pieces replay the winner's text, which lets streaming clients work unchanged.
 */
final class CompletionChunks {

    /** Splits before every word that follows whitespace, so the pieces concatenate back to the exact text. */
    private static final String WORD_BOUNDARY = "(?<=\\s)(?=\\S)";

    private CompletionChunks() {
    }

    /** The chunks of a {@code DECIDED} round. */
    static List<ChatCompletionChunk> of(RoundDecision decision, boolean withUsage) {
        String id = Completions.id(decision);
        long created = decision.decidedAt().getEpochSecond();
        String model = decision.winnerModel();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        chunks.add(new ChatCompletionChunk(id, ChatCompletionChunk.OBJECT, created, model,
                List.of(new Choice(0, new Delta("assistant", null), null)), null, Completions.concord(decision)));
        for (String piece : pieces(decision.winnerContent())) {
            chunks.add(new ChatCompletionChunk(id, ChatCompletionChunk.OBJECT, created, model,
                    List.of(new Choice(0, new Delta(null, piece), null)), null, null));
        }
        chunks.add(new ChatCompletionChunk(id, ChatCompletionChunk.OBJECT, created, model,
                List.of(new Choice(0, new Delta(null, null), "stop")), null, null));
        if (withUsage) {
            chunks.add(new ChatCompletionChunk(id, ChatCompletionChunk.OBJECT, created, model, List.of(),
                    Completions.usage(decision), null));
        }
        return chunks;
    }

    static List<String> pieces(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split(WORD_BOUNDARY));
    }
}
