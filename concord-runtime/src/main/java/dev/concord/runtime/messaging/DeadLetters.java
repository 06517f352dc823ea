package dev.concord.runtime.messaging;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.runtime.registry.UnknownSignerException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handler every listener runs under. A record is never silently dropped:
 * <ul>
 *   <li>a poison message (undecodable, invalid, badly signed) goes straight to {@code <topic>.dlt} with the failure
 *       in its headers;</li>
 *   <li>an event from a signer the registry does not know yet is retried briefly (its registry entry may be a few
 *       milliseconds behind), then dead-lettered;</li>
 *   <li>anything else (a database or broker outage) is retried with exponential back-off for up to ten minutes,
 *       holding the partition, because settling or deciding late beats parking a payment on a dead-letter topic.</li>
 * </ul>
 */
public final class DeadLetters {

    static final long OUTAGE_PATIENCE_MILLIS = 10 * 60 * 1000;

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<?, ?> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, outageBackOff());
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, failure) ->
                causedBy(failure, UnknownSignerException.class) ? new FixedBackOff(500, 3) : null);
        return handler;
    }

    private static ExponentialBackOff outageBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(OUTAGE_PATIENCE_MILLIS);
        return backOff;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
