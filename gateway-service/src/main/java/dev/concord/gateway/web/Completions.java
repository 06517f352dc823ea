package dev.concord.gateway.web;

import dev.concord.gateway.web.openai.ChatCompletion;
import dev.concord.protocol.event.RoundDecision;
import java.util.List;

/** A decided round as OpenAI's chat completion; the parts a streamed completion shares with it are built here too. */
final class Completions {

    private Completions() {
    }

    static ChatCompletion of(RoundDecision decision) {
        return new ChatCompletion(id(decision), "chat.completion", decision.decidedAt().getEpochSecond(),
                decision.winnerModel(),
                List.of(new ChatCompletion.Choice(0, new ChatCompletion.Message("assistant", decision.winnerContent()), "stop")),
                usage(decision), concord(decision));
    }

    static String id(RoundDecision decision) {
        return "chatcmpl-" + decision.requestId();
    }

    static String evidence(RoundDecision decision) {
        return "/v1/rounds/" + decision.requestId();
    }

    static ChatCompletion.Usage usage(RoundDecision decision) {
        return new ChatCompletion.Usage(decision.promptTokens(), decision.completionTokens(),
                decision.promptTokens() + decision.completionTokens());
    }

    static ChatCompletion.Concord concord(RoundDecision decision) {
        return new ChatCompletion.Concord(decision.requestId(), decision.winnerNodeId(), decision.winnerScore(),
                decision.rule(), evidence(decision));
    }
}
