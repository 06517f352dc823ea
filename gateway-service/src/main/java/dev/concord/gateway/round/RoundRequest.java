package dev.concord.gateway.round;

import dev.concord.protocol.event.ChatMessage;
import dev.concord.protocol.selection.RoundSelection;
import java.time.Duration;
import java.util.List;

/**
 * A validated client request, ready to become a round.
 *
 * @param deadline       how long the whole round may take, or null for the gateway's default
 * @param maxPriceMicros the most the selected inference nodes may charge for it, or null for no limit
 */
public record RoundRequest(String model, List<ChatMessage> messages, int maxTokens, int inferenceNodes, int evaluators,
                           String rule, Duration deadline, Long maxPriceMicros) {

    /** The model name that lets the swarm answer with whatever models its nodes serve. */
    public static final String AUTO_MODEL = RoundSelection.ANY_MODEL;

    public RoundRequest {
        messages = List.copyOf(messages);
    }
}
