package dev.concord.evaluator.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of scoring threads with a bounded backlog. A permit per running or waiting job caps the backlog; a
 * caller that finds no permits waits up to a timeout, which is how a full backlog slows the Kafka listener down
 * instead of growing memory or dropping work.
 */
public final class BoundedWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoundedWorkers.class);

    private final ExecutorService executor;
    private final Semaphore permits;
    private final Duration handOffTimeout;

    /**
     * @param threads        jobs run at once
     * @param backlog        jobs that may wait beyond those running
     * @param handOffTimeout how long {@link #submitAll} waits for room
     */
    public BoundedWorkers(int threads, int backlog, Duration handOffTimeout) {
        if (threads < 1 || backlog < 0) {
            throw new IllegalArgumentException("threads must be positive and backlog not negative");
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread thread = new Thread(r, "scoring-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // Unbounded queue: the semaphore, not the queue, enforces the bound.
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                factory);
        this.permits = new Semaphore(threads + backlog);
        this.handOffTimeout = handOffTimeout;
    }

    /**
     * Runs every job, or none: waits for room for all of them together, so a retried task never has only some of
     * its jobs accepted twice.
     *
     * @throws EvaluationBacklogFullException when room does not appear in time
     */
    public void submitAll(List<Runnable> jobs, String description) {
        try {
            if (!permits.tryAcquire(jobs.size(), handOffTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EvaluationBacklogFullException("scoring backlog full for " + handOffTimeout + ": " + description);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationBacklogFullException("interrupted while waiting for room: " + description);
        }
        for (Runnable job : jobs) {
            executor.execute(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    log.error("scoring job failed: {}", description, e);
                } finally {
                    permits.release();
                }
            });
        }
    }

    /** Lets running and queued jobs finish for a few seconds, then interrupts what is left. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("scoring jobs still running at shutdown: {} abandoned", executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
