package dev.concord.evaluator.evaluation;

import dev.concord.evaluator.injection.InjectionPolicy;
import dev.concord.evaluator.scoring.ScorerAbstainedException;
import dev.concord.scoring.Scorer;
import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.EvaluationTask;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an evaluation task into signed score sheets for the hosted evaluators it names. Scoring runs on the
 * {@link BoundedWorkers}, never on the caller's (listener's) thread. Hosted evaluators that share a scorer share
 * one scoring of the round: the same model on the same texts would give the same numbers.
 */
public final class EvaluationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EvaluationDispatcher.class);

    private final Map<String, HostedEvaluator> hosted;
    private final BoundedWorkers workers;
    private final ScoreSheetSink sink;
    private final InjectionPolicy injection;
    private final Clock clock;

    public EvaluationDispatcher(List<HostedEvaluator> hosted, BoundedWorkers workers, ScoreSheetSink sink,
                                InjectionPolicy injection, Clock clock) {
        this.hosted = hosted.stream().collect(Collectors.toMap(HostedEvaluator::nodeId, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("evaluator " + a.nodeId() + " hosted twice");
                }, LinkedHashMap::new));
        this.workers = workers;
        this.sink = sink;
        this.injection = injection;
        this.clock = clock;
    }

    /**
     * Hands the task to the workers for every hosted evaluator it names and returns; waits only while the backlog is
     * full.
     *
     * @throws EvaluationBacklogFullException when the backlog stays full past the hand-off timeout
     */
    public void dispatch(EvaluationTask task) {
        List<HostedEvaluator> named = task.evaluators().stream().distinct().map(hosted::get).filter(Objects::nonNull)
                .toList();
        if (named.isEmpty() || expired(task)) {
            return;
        }
        Map<Scorer, List<HostedEvaluator>> byScorer = named.stream()
                .collect(Collectors.groupingBy(HostedEvaluator::scorer, LinkedHashMap::new, Collectors.toList()));
        // the responses are screened once per task, by whichever job needs it first, not once per scorer
        FutureTask<List<Boolean>> screening = new FutureTask<>(() -> screen(task));
        List<Runnable> jobs = byScorer.entrySet().stream()
                .<Runnable>map(group -> () -> evaluate(task, group.getKey(), group.getValue(), screening))
                .toList();
        workers.submitAll(jobs, "evaluation " + task.requestId());
    }

    private void evaluate(EvaluationTask task, Scorer scorer, List<HostedEvaluator> evaluators,
                          FutureTask<List<Boolean>> screening) {
        // Checked again here: the task may have waited in the backlog past its deadline.
        if (expired(task)) {
            return;
        }
        long started = System.nanoTime();
        List<String> responses = task.responses().stream().map(CandidateResponse::content).toList();
        List<Double> values;
        try {
            values = scorer.score(task.prompt(), responses);
        } catch (ScorerAbstainedException e) {
            // No sheet rather than a partial or made-up one: consensus decides at the deadline on the sheets it has.
            log.warn("evaluation {}: no sheet from {}: {}", task.requestId(),
                    evaluators.stream().map(HostedEvaluator::nodeId).toList(), e.getMessage());
            return;
        }
        List<Boolean> flagged = flags(screening);
        Instant now = clock.instant();
        for (HostedEvaluator evaluator : evaluators) {
            sink.publish(evaluator.sheet(task, values, flagged, injection, now));
        }
        log.debug("evaluation {}: {} responses scored by {} in {} ms for {}", task.requestId(), values.size(),
                scorer.id(), (System.nanoTime() - started) / 1_000_000, evaluators.stream().map(HostedEvaluator::nodeId).toList());
    }

    private List<Boolean> screen(EvaluationTask task) {
        List<Boolean> flagged = injection.screen(task.responses().stream().map(CandidateResponse::content).toList());
        if (flagged.contains(true)) {
            log.info("evaluation {}: prompt injection in the responses of {}", task.requestId(),
                    IntStream.range(0, flagged.size()).filter(flagged::get)
                            .mapToObj(i -> task.responses().get(i).nodeId()).toList());
        }
        return flagged;
    }

    /** Runs the screening if no job has yet (a second run is a no-op) and waits for its result. */
    private static List<Boolean> flags(FutureTask<List<Boolean>> screening) {
        screening.run();
        try {
            return screening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another job screened the responses", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("screening the responses failed", e.getCause());
        }
    }

    private boolean expired(EvaluationTask task) {
        Instant now = clock.instant();
        if (now.isAfter(task.deadline())) {
            log.info("evaluation {} skipped: deadline {} passed at {}", task.requestId(), task.deadline(), now);
            return true;
        }
        return false;
    }
}
