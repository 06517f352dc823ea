package dev.concord.protocol.codec;

import dev.concord.protocol.event.Event;
import dev.concord.protocol.event.Nullable;
import dev.concord.protocol.event.SignedEvent;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of every event. Encoding is deterministic (record components in declaration order, ISO-8601
 * instants), which is what makes {@link #signingBytes(SignedEvent)} reproducible by a verifier.
 */
public final class EventCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String encode(Event event) {
        return mapper.writeValueAsString(event);
    }

    /**
     * Decodes and validates an event: every component not marked {@link Nullable} must be present, the version must
     * be one this code understands.
     *
     * @throws InvalidEventException for malformed JSON, a missing field or an unknown version
     */
    public <T extends Event> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException(type.getSimpleName() + ": empty message");
        }
        T event;
        try {
            event = mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new InvalidEventException(type.getSimpleName() + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        validate(event);
        return event;
    }

    /** The bytes a node signs: the event's JSON with the signature left out (null). */
    public byte[] signingBytes(SignedEvent event) {
        return encode(event.withSignature(null)).getBytes(StandardCharsets.UTF_8);
    }

    private static void validate(Event event) {
        Class<?> type = event.getClass();
        if (event instanceof Record record) {
            requireFields(record, type.getSimpleName());
        }
        int supported = supportedVersion(type);
        if (event.version() < 1 || event.version() > supported) {
            throw new InvalidEventException(type.getSimpleName() + ": unsupported version " + event.version()
                    + " (this node understands up to " + supported + ")");
        }
    }

    /**
     * Every component not marked {@link Nullable} is present and no list holds a null, in the record and in the
     * records its lists hold (a score sheet's scores, a decision's outcomes), named by path, e.g. {@code scores[1].nodeId}.
     */
    private static void requireFields(Record record, String path) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String where = path + "." + component.getName();
            if (value == null) {
                if (component.isAnnotationPresent(Nullable.class)) {
                    continue;
                }
                throw new InvalidEventException(record.getClass().getSimpleName() + ": missing field '"
                        + component.getName() + "' at " + where);
            }
            if (value instanceof Collection<?> items) {
                if (items.stream().anyMatch(Objects::isNull)) {
                    throw new InvalidEventException(record.getClass().getSimpleName() + ": null element in '"
                            + component.getName() + "' at " + where);
                }
                int i = 0;
                for (Object item : items) {
                    if (item instanceof Record nested) {
                        requireFields(nested, where + "[" + i + "]");
                    }
                    i++;
                }
            }
        }
    }

    private static int supportedVersion(Class<?> type) {
        try {
            return type.getField("VERSION").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " lacks a public static VERSION", e);
        }
    }
}
