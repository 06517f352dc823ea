package dev.concord.gateway.messaging;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.progress.RoundProgress;
import dev.concord.gateway.round.PendingRounds;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.RoundDecision;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every replica reads every decision (a consumer group of its own, from the latest offset) and answers the clients
 * it holds; decisions addressed to other replicas only end their rounds' progress streams here.
 */
@Component
public class DecisionListener {

    private final EventCodec codec;
    private final PendingRounds pending;
    private final RoundProgress progress;
    private final GatewayProperties properties;

    public DecisionListener(EventCodec codec, PendingRounds pending, RoundProgress progress, GatewayProperties properties) {
        this.codec = codec;
        this.pending = pending;
        this.progress = progress;
        this.properties = properties;
    }

    public String groupId() {
        return properties.instanceId();
    }

    @KafkaListener(topics = Topics.DECISIONS, groupId = "#{__listener.groupId()}",
            properties = "auto.offset.reset=latest")
    void onDecision(ConsumerRecord<String, String> record) {
        RoundDecision decision = codec.decode(record.value(), RoundDecision.class);
        if (properties.instanceId().equals(decision.replyTo())) {
            pending.complete(decision);
        }
        progress.decided(decision);
    }
}
