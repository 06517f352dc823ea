package dev.concord.runtime.outbox;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.Event;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event to publish in the caller's transaction. After the transaction commits, the relay is nudged to
 * publish at once; if this process dies first, the relay's periodic sweep publishes it later.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final OutboxRelay relay;

    public Outbox(JdbcClient jdbc, EventCodec codec, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
    }

    /** Must run inside a transaction: the event is published only if that transaction commits. */
    public void enqueue(String topic, Event event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Outbox.enqueue needs a transaction");
        }
        jdbc.sql("INSERT INTO concord_outbox (topic, event_key, payload) VALUES (?, ?, ?)")
                .params(topic, event.key(), codec.encode(event))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.nudge();
            }
        });
    }
}
