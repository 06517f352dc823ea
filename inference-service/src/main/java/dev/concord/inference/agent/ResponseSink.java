package dev.concord.inference.agent;

import dev.concord.protocol.event.InferenceResponse;

/** Where signed responses go (Kafka's {@code concord.responses} in the service; kept abstract so the agent is not Kafka code). */
public interface ResponseSink {

    void publish(InferenceResponse response);
}
