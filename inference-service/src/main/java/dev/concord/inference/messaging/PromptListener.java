package dev.concord.inference.messaging;

import dev.concord.inference.agent.InferenceAgent;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RevealRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every prompt as a broadcast: the group id is this agent's own id, so each agent process sees all prompts and
 * answers for the nodes it hosts. An undecodable prompt throws {@code InvalidEventException}, which the shared error
 * handler sends to {@code concord.prompts.dlt}.
 */
@Component
public class PromptListener {

    private final EventCodec codec;
    private final InferenceAgent agent;

    public PromptListener(EventCodec codec, InferenceAgent agent) {
        this.codec = codec;
        this.agent = agent;
    }

    @KafkaListener(topics = Topics.PROMPTS, groupId = "${concord.inference.agent-id}")
    public void onPrompt(ConsumerRecord<String, String> record) {
        agent.onPrompt(codec.decode(record.value(), PromptRequest.class));
    }

    /** Also a broadcast: the agent hosting a named node holds its answer. */
    @KafkaListener(topics = Topics.REVEALS, groupId = "${concord.inference.agent-id}")
    public void onReveal(ConsumerRecord<String, String> record) {
        agent.onReveal(codec.decode(record.value(), RevealRequest.class));
    }
}
