package dev.concord.gateway.web;

import dev.concord.gateway.access.Sha256;
import dev.concord.gateway.web.openai.ChatCompletionRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * What identifies a request body for idempotency: SHA-256 of the parsed request written back as JSON, so whitespace
 * and field order do not count as a change, but every field the gateway reads does.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(ChatCompletionRequest request, JsonMapper json) {
        return Sha256.hex(json.writeValueAsString(request));
    }
}
