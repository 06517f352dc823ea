package dev.concord.evaluator.messaging;

import dev.concord.evaluator.evaluation.ScoreSheetSink;
import dev.concord.protocol.Topics;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.runtime.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes signed sheets on {@code concord.scores} without waiting for the broker: the idempotent producer retries
 * on its own, and a sheet it finally gives up on is logged with its round, since it arrives too late to count anyway.
 */
@Component
class KafkaScoreSheetSink implements ScoreSheetSink {

    private static final Logger log = LoggerFactory.getLogger(KafkaScoreSheetSink.class);

    private final EventPublisher publisher;

    KafkaScoreSheetSink(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(ScoreSheet sheet) {
        publisher.publish(Topics.SCORES, sheet).whenComplete((result, failure) -> {
            if (failure != null) {
                log.error("score sheet of {} for evaluation {} not published", sheet.evaluatorId(), sheet.requestId(), failure);
            }
        });
    }
}
