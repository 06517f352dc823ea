package dev.concord.gateway.messaging;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.round.PendingRounds;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.RoundDecision;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every replica reads every decision (a consumer group of its own, from the latest offset) and answers the clients
 * it holds; decisions addressed to other replicas are skipped.
 */
@Component
public class DecisionListener {

    private final EventCodec codec;
    private final PendingRounds pending;
    private final GatewayProperties properties;

    public DecisionListener(EventCodec codec, PendingRounds pending, GatewayProperties properties) {
        this.codec = codec;
        this.pending = pending;
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
    }
}
