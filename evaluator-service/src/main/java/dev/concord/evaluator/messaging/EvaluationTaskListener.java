package dev.concord.evaluator.messaging;

import dev.concord.evaluator.evaluation.EvaluationDispatcher;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.EvaluationTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every evaluation task as a broadcast (the group is this agent's own id, so every agent sees every task) and
 * hands it to the dispatcher. An undecodable task throws {@code InvalidEventException}, which the runtime's error
 * handler sends straight to the dead-letter topic.
 */
@Component
class EvaluationTaskListener {

    private final EventCodec codec;
    private final EvaluationDispatcher dispatcher;

    EvaluationTaskListener(EventCodec codec, EvaluationDispatcher dispatcher) {
        this.codec = codec;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = Topics.EVALUATIONS, groupId = "${concord.evaluator.agent-id}")
    void onTask(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(codec.decode(record.value(), EvaluationTask.class));
    }
}
