package dev.concord.evaluator.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedWorkersTest {

    @Test
    void holdsTheCallerBackWhileFullThenRefusesWithoutRunningAnyOfTheJobs() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        Runnable blocked = () -> {
            await(release);
            ran.incrementAndGet();
        };
        try (BoundedWorkers workers = new BoundedWorkers(1, 1, Duration.ofMillis(300))) {
            workers.submitAll(List.of(blocked, blocked), "fills one thread and the backlog");

            long started = System.nanoTime();
            assertThatThrownBy(() -> workers.submitAll(List.of(ran::incrementAndGet), "one too many"))
                    .isInstanceOf(EvaluationBacklogFullException.class).hasMessageContaining("one too many");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));

            release.countDown();
            workers.submitAll(List.of(ran::incrementAndGet), "room again once jobs finish");
        }
        assertThat(ran).hasValue(3);
    }

    @Test
    void aFailingJobGivesItsRoomBack() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        try (BoundedWorkers workers = new BoundedWorkers(1, 0, Duration.ofSeconds(2))) {
            workers.submitAll(List.of(() -> {
                throw new IllegalStateException("scorer fault");
            }), "failing");
            workers.submitAll(List.of(done::countDown), "after the failure");

            assertThat(done.await(2, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
