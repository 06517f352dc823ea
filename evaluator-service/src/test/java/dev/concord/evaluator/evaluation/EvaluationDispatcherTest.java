package dev.concord.evaluator.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.evaluator.evaluation.Fixtures.CountingScorer;
import dev.concord.evaluator.injection.InjectionPolicy;
import dev.concord.scoring.Scorer;
import dev.concord.evaluator.scoring.ScorerAbstainedException;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EvaluationDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final CountingScorer lengthScorer = new CountingScorer("test:length@1", r -> (double) r.length());
    private final CountingScorer constantScorer = new CountingScorer("test:constant@1", r -> 4.0);
    private final BlockingQueue<ScoreSheet> published = new LinkedBlockingQueue<>();
    private final BoundedWorkers workers = new BoundedWorkers(2, 4, Duration.ofSeconds(1));
    private final EvaluationDispatcher dispatcher = new EvaluationDispatcher(List.of(
            Fixtures.evaluator("eval-1", lengthScorer, NodeKeys.generate()),
            Fixtures.evaluator("eval-2", lengthScorer, NodeKeys.generate()),
            Fixtures.evaluator("eval-3", constantScorer, NodeKeys.generate())),
            workers, published::add, InjectionPolicy.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stopWorkers() {
        workers.close();
    }

    @Test
    void publishesOneSheetPerHostedEvaluatorTheTaskNames() throws InterruptedException {
        dispatcher.dispatch(Fixtures.task("r-1", NOW.plusSeconds(5), List.of("eval-9", "eval-3", "eval-1", "eval-1"),
                "abc", "abcdefgh"));

        List<ScoreSheet> sheets = take(2);
        assertThat(sheets).extracting(ScoreSheet::evaluatorId).containsExactlyInAnyOrder("eval-1", "eval-3");
        assertThat(sheets).filteredOn(s -> s.evaluatorId().equals("eval-1")).singleElement()
                .satisfies(s -> assertThat(s.scores()).containsExactly(new Score("inf-1", 3.0), new Score("inf-2", 8.0)));
        assertThat(published.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void hostedEvaluatorsSharingAScorerShareOneScoringOfTheRound() throws InterruptedException {
        dispatcher.dispatch(Fixtures.task("r-2", NOW.plusSeconds(5), List.of("eval-1", "eval-2"), "abc"));

        assertThat(take(2)).extracting(ScoreSheet::evaluatorId).containsExactlyInAnyOrder("eval-1", "eval-2");
        assertThat(lengthScorer.calls).hasValue(1);
    }

    @Test
    void ignoresATaskThatNamesNoHostedEvaluator() throws InterruptedException {
        dispatcher.dispatch(Fixtures.task("r-3", NOW.plusSeconds(5), List.of("eval-8", "eval-9"), "abc"));

        assertThat(published.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(lengthScorer.calls).hasValue(0);
        assertThat(constantScorer.calls).hasValue(0);
    }

    @Test
    void skipsATaskWhoseDeadlineHasPassed() throws InterruptedException {
        dispatcher.dispatch(Fixtures.task("r-4", NOW.minusMillis(1), List.of("eval-1", "eval-3"), "abc"));

        assertThat(published.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(lengthScorer.calls).hasValue(0);
    }

    @Test
    void aScorerThatAbstainsPublishesNoSheetWhileOtherScorersStillDo() throws InterruptedException {
        Scorer abstaining = new Scorer() {
            @Override
            public String id() {
                return "test:abstaining@1";
            }

            @Override
            public List<Double> score(String prompt, List<String> responses) {
                throw new ScorerAbstainedException(id(), 1, "judge unavailable");
            }
        };
        EvaluationDispatcher withJudge = new EvaluationDispatcher(List.of(
                Fixtures.evaluator("eval-j", abstaining, NodeKeys.generate()),
                Fixtures.evaluator("eval-3", constantScorer, NodeKeys.generate())),
                workers, published::add, InjectionPolicy.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

        withJudge.dispatch(Fixtures.task("r-5", NOW.plusSeconds(5), List.of("eval-j", "eval-3"), "abc", "def"));

        assertThat(take(1)).extracting(ScoreSheet::evaluatorId).containsExactly("eval-3");
        assertThat(published.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    private List<ScoreSheet> take(int count) throws InterruptedException {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ScoreSheet sheet = published.poll(5, TimeUnit.SECONDS);
            assertThat(sheet).as("sheet %d of %d", i + 1, count).isNotNull();
            sheets.add(sheet);
        }
        return sheets;
    }
}
