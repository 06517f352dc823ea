package dev.concord.consensus.persistence;

import dev.concord.quality.trust.TrustState;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trust state as stored in PostgreSQL. A field the rule gained later (such as {@code bias}) is missing from states
 * stored before it existed and reads as 0, the value a newcomer starts with, so a running network upgrades in place.
 */
final class TrustStateJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private TrustStateJson() {
    }

    static TrustState read(String json) {
        return JSON.readValue(json, TrustState.class);
    }

    static String write(TrustState state) {
        return JSON.writeValueAsString(state);
    }
}
