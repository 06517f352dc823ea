package dev.concord.modelsim.server;

/** One message of a chat request; {@code content} is the text (array content parts are joined on parsing). */
public record ChatMessage(String role, String content) {
}
