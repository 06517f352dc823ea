package dev.concord.runtime.messaging;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.InvalidEventException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handler every listener runs under: a poison message (undecodable, invalid, badly signed) goes straight
 * to {@code <topic>.dlt} with the failure in its headers; anything else is retried three times, half a second apart,, then dead-lettered, so a
 * bad record never blocks its partition and is never silently dropped.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<?, ?> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 3));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }
}
