package dev.concord.reward.scheduling;

import dev.concord.reward.account.ClientAccounts;
import dev.concord.reward.account.SweptReservation;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Expires reservations whose round was never decided, every {@code interval}, at most {@code limit} per sweep. Each
 * reservation is expired in its own transaction under its row lock and its round's lock ({@link
 * ClientAccounts#expireNext()}), so several replicas can sweep at once and a decision arriving at the same moment
 * either settles the reservation or finds it expired, never both.
 */
public class ReservationSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReservationSweeper.class);

    private final ClientAccounts accounts;
    private final Duration interval;
    private final int limit;
    private ScheduledExecutorService executor;

    public ReservationSweeper(ClientAccounts accounts, Duration interval, int limit) {
        this.accounts = accounts;
        this.interval = interval;
        this.limit = limit;
    }

    /** One sweep: expires what is due, up to the limit; returns how many reservations it expired. */
    public int sweep() {
        int expired = 0;
        for (int examined = 0; examined < limit; examined++) {
            Optional<SweptReservation> next = accounts.expireNext();
            if (next.isEmpty()) {
                break;
            }
            if (next.get().expired()) {
                expired++;
            }
        }
        return expired;
    }

    private void sweepQuietly() {
        try {
            int expired = sweep();
            if (expired > 0) {
                log.info("{} reservations expired", expired);
            }
        } catch (RuntimeException e) {
            log.warn("reservation sweep failed, will retry in {}: {}", interval, e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "reservation-sweeper");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
