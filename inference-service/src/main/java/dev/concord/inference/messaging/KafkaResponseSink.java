package dev.concord.inference.messaging;

import dev.concord.inference.agent.ResponseSink;
import dev.concord.protocol.Topics;
import dev.concord.protocol.event.Event;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.runtime.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Publishes signed commitments on {@code concord.commitments} and answers on {@code concord.responses}, keyed by request id. */
@Component
public class KafkaResponseSink implements ResponseSink {

    private static final Logger log = LoggerFactory.getLogger(KafkaResponseSink.class);

    private final EventPublisher publisher;

    public KafkaResponseSink(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void commit(ResponseCommitment commitment) {
        send(Topics.COMMITMENTS, commitment.nodeId(), commitment);
    }

    @Override
    public void reveal(InferenceResponse response) {
        send(Topics.RESPONSES, response.nodeId(), response);
    }

    private void send(String topic, String nodeId, Event event) {
        // Not awaited: the model-call thread is free for the next prompt; the producer retries on its own, and a send
        // that still fails is logged (consensus treats the node as silent).
        publisher.publish(topic, event).whenComplete((sent, failure) -> {
            if (failure != null) {
                log.error("request {}: {} of node {} could not be published", event.key(), topic, nodeId, failure);
            }
        });
    }
}
