package dev.concord.consensus.messaging;

import dev.concord.consensus.lifecycle.RoundLifecycle;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.runtime.registry.NodeRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Decodes and authenticates a round's incoming events and hands each to the round lifecycle. */
@Component
public class RoundEventListener {

    private final EventCodec codec;
    private final NodeRegistry registry;
    private final RoundLifecycle lifecycle;

    public RoundEventListener(EventCodec codec, NodeRegistry registry, RoundLifecycle lifecycle) {
        this.codec = codec;
        this.registry = registry;
        this.lifecycle = lifecycle;
    }

    @KafkaListener(topics = Topics.PROMPTS, groupId = "consensus")
    void onPrompt(ConsumerRecord<String, String> record) {
        lifecycle.open(codec.decode(record.value(), PromptRequest.class));
    }

    @KafkaListener(topics = Topics.COMMITMENTS, groupId = "consensus")
    void onCommitment(ConsumerRecord<String, String> record) {
        ResponseCommitment commitment = codec.decode(record.value(), ResponseCommitment.class);
        registry.requireSignedBy(commitment, NodeRole.INFERENCE);
        lifecycle.acceptCommitment(commitment);
    }

    @KafkaListener(topics = Topics.RESPONSES, groupId = "consensus")
    void onResponse(ConsumerRecord<String, String> record) {
        InferenceResponse response = codec.decode(record.value(), InferenceResponse.class);
        registry.requireSignedBy(response, NodeRole.INFERENCE);
        lifecycle.acceptResponse(response);
    }

    @KafkaListener(topics = Topics.SCORES, groupId = "consensus")
    void onScoreSheet(ConsumerRecord<String, String> record) {
        ScoreSheet sheet = codec.decode(record.value(), ScoreSheet.class);
        registry.requireSignedBy(sheet, NodeRole.EVALUATOR);
        lifecycle.acceptSheet(sheet);
    }
}
