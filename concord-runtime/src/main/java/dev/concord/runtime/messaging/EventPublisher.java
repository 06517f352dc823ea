package dev.concord.runtime.messaging;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.Event;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** Publishes protocol events as JSON, keyed by {@link Event#key()}. */
public class EventPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;

    public EventPublisher(KafkaTemplate<String, String> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    public CompletableFuture<SendResult<String, String>> publish(String topic, Event event) {
        return kafka.send(topic, event.key(), codec.encode(event));
    }

    /** Sends already-encoded JSON (the outbox relay stores events encoded). */
    public CompletableFuture<SendResult<String, String>> publishRaw(String topic, String key, String json) {
        return kafka.send(topic, key, json);
    }
}
