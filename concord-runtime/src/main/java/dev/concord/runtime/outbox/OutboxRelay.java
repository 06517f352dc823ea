package dev.concord.runtime.outbox;

import dev.concord.runtime.messaging.EventPublisher;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows in id order and marks them published. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several instances of a service can relay the same table without publishing a row twice in the normal case;
 * a crash between send and mark can still repeat an event, which is why every consumer is idempotent.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventPublisher publisher;
    private final long sweepMillis;
    private final AtomicBoolean pending = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, EventPublisher publisher, long sweepMillis) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.publisher = publisher;
        this.sweepMillis = sweepMillis;
    }

    /** Asks for a flush soon; several nudges before it runs cost one flush. */
    public void nudge() {
        if (executor != null && pending.compareAndSet(false, true)) {
            executor.execute(this::flushQuietly);
        }
    }

    /** Publishes everything pending; returns how many events went out. */
    public int flush() {
        pending.set(false);
        int total = 0;
        int sent;
        do {
            Integer batch = tx.execute(status -> publishBatch());
            sent = batch == null ? 0 : batch;
            total += sent;
        } while (sent == BATCH);
        return total;
    }

    private int publishBatch() {
        List<Row> rows = jdbc.sql("SELECT id, topic, event_key, payload FROM concord_outbox WHERE published_at IS NULL "
                        + "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Row row : rows) {
            try {
                publisher.publishRaw(row.topic(), row.key(), row.payload()).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("outbox row " + row.id() + " not published", e);
            }
            jdbc.sql("UPDATE concord_outbox SET published_at = now() WHERE id = ?").param(row.id()).update();
        }
        return rows.size();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("outbox flush failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::flushQuietly, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Row(long id, String topic, String key, String payload) {
    }
}
