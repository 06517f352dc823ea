package dev.concord.protocol.event;

/** A response as evaluators see it: which node gave it and its text. */
public record CandidateResponse(String nodeId, String content) {
}
