package dev.concord.inference.modelserver;

/** What a model server answered: the first choice's text and the token counts it reported. */
public record ChatCompletion(String content, int promptTokens, int completionTokens) {
}
