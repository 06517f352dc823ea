package dev.concord.inference.messaging;

import dev.concord.inference.agent.ResponseSink;
import dev.concord.protocol.Topics;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.runtime.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Publishes signed responses on {@code concord.responses}, keyed by request id. */
@Component
public class KafkaResponseSink implements ResponseSink {

    private static final Logger log = LoggerFactory.getLogger(KafkaResponseSink.class);

    private final EventPublisher publisher;

    public KafkaResponseSink(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(InferenceResponse response) {
        // Not awaited: the model-call thread is free for the next prompt; the producer retries on its own, and a send
        // that still fails is logged (consensus treats the response as missing).
        publisher.publish(Topics.RESPONSES, response).whenComplete((sent, failure) -> {
            if (failure != null) {
                log.error("request {}: response of node {} could not be published", response.requestId(),
                        response.nodeId(), failure);
            }
        });
    }
}
