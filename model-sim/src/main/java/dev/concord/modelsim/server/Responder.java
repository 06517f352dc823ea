package dev.concord.modelsim.server;

/**
 * Decides the reply to a validated chat request. The server owns HTTP, validation, auth and the wire format;
 * a responder owns only content, timing and failures, so another behaviour (an LLM-judge mode, say) is a new
 * implementation passed to {@link ModelSimServer#start(String, Responder, java.util.Optional, int)}.
 */
@FunctionalInterface
public interface Responder {

    Reply respond(ChatRequest request);
}
