package dev.concord.evaluator.evaluation;

import dev.concord.protocol.event.ScoreSheet;

/** Where signed score sheets go (Kafka in the service); kept as an interface so the domain knows no transport. */
public interface ScoreSheetSink {

    void publish(ScoreSheet sheet);
}
