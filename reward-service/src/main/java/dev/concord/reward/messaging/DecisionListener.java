package dev.concord.reward.messaging;

import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.reward.settlement.Settler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Settles every decision on {@code concord.decisions}. A decision that cannot be decoded or settled is a poison
 * message and goes to {@code concord.decisions.dlt} through concord-runtime's error handler; a database failure
 * is retried there and dead-lettered only if it persists.
 */
@Component
class DecisionListener {

    private final EventCodec codec;
    private final Settler settler;

    DecisionListener(EventCodec codec, Settler settler) {
        this.codec = codec;
        this.settler = settler;
    }

    @KafkaListener(topics = Topics.DECISIONS, groupId = "reward")
    void onDecision(ConsumerRecord<String, String> record) {
        RoundDecision decision = codec.decode(record.value(), RoundDecision.class);
        // Keys are request ids; a mismatch means a producer bug, and settling it could race the same round elsewhere.
        if (record.key() != null && !record.key().equals(decision.requestId())) {
            throw new InvalidEventException("decision for round " + decision.requestId() + " keyed " + record.key());
        }
        settler.settle(decision);
    }
}
