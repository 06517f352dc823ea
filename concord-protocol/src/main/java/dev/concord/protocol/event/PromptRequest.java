package dev.concord.protocol.event;

import dev.concord.protocol.selection.SeededSelection;
import java.time.Instant;
import java.util.List;

/**
 * A client's prompt, fanned out by the gateway on {@code concord.prompts}. Inference agents answer it only for the
 * nodes it names; consensus opens a round from it.
 *
 * @param inferenceNodes the N selected inference nodes, in selection order
 * @param evaluatorCount K, how many evaluators consensus selects once responses are in
 * @param selectionSeed  hex SHA-256 of requestId and registry version: anyone can recompute the selection
 * @param replyTo        the gateway instance waiting for the decision
 * @param feeMicros      what the client pays for the round, in millionths of the ledger's currency unit
 * @param clientAccountId the prepaid account the fee is reserved from (reward-service); null for an unmetered round
 * @param selectionAlgorithm the selection algorithm that chose the nodes ({@link SeededSelection#ALGORITHM} of the
 *                        gateway that sent it); null in prompts sent before algorithms were named
 */
public record PromptRequest(
        int version,
        String requestId,
        String model,
        List<ChatMessage> messages,
        int maxTokens,
        List<String> inferenceNodes,
        int evaluatorCount,
        String rule,
        String selectionSeed,
        long registryVersion,
        long feeMicros,
        String replyTo,
        Instant createdAt,
        Instant responseDeadline,
        Instant roundDeadline,
        @Nullable String clientAccountId,
        @Nullable String selectionAlgorithm) implements Event {

    public static final int VERSION = 1;

    public PromptRequest {
        messages = EventLists.copy(messages);
        inferenceNodes = EventLists.copy(inferenceNodes);
    }

    /** An unmetered round (no client account pays for it), selected by this version's algorithm. */
    public PromptRequest(int version, String requestId, String model, List<ChatMessage> messages, int maxTokens,
                         List<String> inferenceNodes, int evaluatorCount, String rule, String selectionSeed,
                         long registryVersion, long feeMicros, String replyTo, Instant createdAt,
                         Instant responseDeadline, Instant roundDeadline) {
        this(version, requestId, model, messages, maxTokens, inferenceNodes, evaluatorCount, rule, selectionSeed,
                registryVersion, feeMicros, replyTo, createdAt, responseDeadline, roundDeadline, null,
                SeededSelection.ALGORITHM);
    }

    @Override
    public String key() {
        return requestId;
    }

    /** The text the evaluators judge responses against: the last user message. */
    public String question() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
    }
}
