package dev.concord.gateway.round;

import dev.concord.protocol.event.ChatMessage;
import java.util.List;

/** A validated client request, ready to become a round. */
public record RoundRequest(String model, List<ChatMessage> messages, int maxTokens, int inferenceNodes, int evaluators,
                           String rule) {

    /** The model name that lets the swarm answer with whatever models its nodes serve. */
    public static final String AUTO_MODEL = "concord-auto";
}
