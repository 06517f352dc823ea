package dev.concord.gateway.messaging;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.progress.RoundProgress;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.ScoreSheet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the progress of every round into {@link RoundProgress}: every replica reads prompts, commitments, responses
 * and score sheets (a consumer group of its own, from the latest offset); decisions come through {@link DecisionListener}.
 * Signatures are not checked here: a stage is only a hint to a waiting client, and consensus, which decides,
 * checks every one.
 */
@Component
public class ProgressListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private final EventCodec codec;
    private final RoundProgress progress;
    private final GatewayProperties properties;

    public ProgressListener(EventCodec codec, RoundProgress progress, GatewayProperties properties) {
        this.codec = codec;
        this.progress = progress;
        this.properties = properties;
    }

    public String groupId() {
        return properties.instanceId() + "-progress";
    }

    @KafkaListener(topics = {Topics.PROMPTS, Topics.COMMITMENTS, Topics.RESPONSES, Topics.SCORES}, groupId = "#{__listener.groupId()}",
            properties = "auto.offset.reset=latest")
    void onRoundEvent(ConsumerRecord<String, String> record) {
        try {
            switch (record.topic()) {
                case Topics.PROMPTS -> progress.promptAccepted(codec.decode(record.value(), PromptRequest.class));
                case Topics.COMMITMENTS -> progress.commitment(codec.decode(record.value(), ResponseCommitment.class));
                case Topics.RESPONSES -> progress.response(codec.decode(record.value(), InferenceResponse.class));
                case Topics.SCORES -> progress.scoreSheet(codec.decode(record.value(), ScoreSheet.class));
                default -> log.warn("unexpected topic {}", record.topic());
            }
        } catch (InvalidEventException e) {
            // consensus dead-letters poison events; a second copy from every gateway replica would only add noise
            log.debug("skipped an invalid event on {}: {}", record.topic(), e.getMessage());
        }
    }
}
