package dev.concord.protocol.event;

/** One message of a chat prompt, as in the OpenAI API: role is system, user or assistant. */
public record ChatMessage(String role, String content) {
}
