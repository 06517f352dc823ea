package dev.concord.gateway.messaging;

import dev.concord.gateway.config.GatewayProperties;
import dev.concord.gateway.progress.RoundProgress;
import dev.concord.gateway.round.PendingRounds;
import dev.concord.gateway.submission.Submissions;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.RoundDecision;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every replica reads every decision (a consumer group of its own, from the latest offset): it answers the clients it
 * holds, ends the round's progress streams, and records the decision of any replica's submission, so a round whose
 * replica stopped mid-round still reaches its client through a poll on another.
 */
@Component
public class DecisionListener {

    private final EventCodec codec;
    private final PendingRounds pending;
    private final RoundProgress progress;
    private final Submissions submissions;
    private final GatewayProperties properties;

    public DecisionListener(EventCodec codec, PendingRounds pending, RoundProgress progress, Submissions submissions,
                            GatewayProperties properties) {
        this.codec = codec;
        this.pending = pending;
        this.progress = progress;
        this.submissions = submissions;
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
        // also for this replica's own rounds: after a restart it no longer holds their clients
        submissions.recordDecision(decision);
        progress.decided(decision);
    }
}
