package dev.concord.inference.agent;

import dev.concord.inference.modelserver.ChatCompletion;
import dev.concord.inference.modelserver.ModelServerException;
import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RevealRequest;
import dev.concord.protocol.event.PromptRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers prompts for the nodes this process hosts, by commit-reveal: an answer goes out first as a signed hash
 * ({@link ResponseCommitment}), and the answer itself only when consensus has every commitment of the round and
 * asks for it ({@link #onReveal}), so no node can copy another's answer. {@link #onPrompt} runs on the Kafka listener thread and only hands
 * work out: each model call runs on a bounded pool. When every slot is busy the caller waits for one, at most until
 * the prompt's response deadline, so a flood of prompts slows consumption (back-pressure) instead of piling up in
 * memory, and a prompt that cannot be started in time is logged, never dropped silently.
 */
public class InferenceAgent implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InferenceAgent.class);
    /** How long shutdown waits for model calls in flight, so their answers can still be published. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final HostedNodes nodes;
    private final ResponseSink responses;
    private final Clock clock;
    private final int maxConcurrentCalls;
    private final Semaphore slots;
    private final ExecutorService modelCalls;
    private final PendingReveals pending;

    public InferenceAgent(HostedNodes nodes, ResponseSink responses, Clock clock, int maxConcurrentCalls) {
        this.nodes = nodes;
        this.responses = responses;
        this.clock = clock;
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.slots = new Semaphore(maxConcurrentCalls);
        this.modelCalls = Executors.newFixedThreadPool(maxConcurrentCalls, namedThreads());
        this.pending = new PendingReveals(clock);
    }

    /** Starts one model call per hosted node the prompt names; returns once each has a slot (or cannot get one in time). */
    public void onPrompt(PromptRequest prompt) {
        Instant deadline = prompt.responseDeadline();
        if (!clock.instant().isBefore(deadline)) {
            log.info("request {}: skipped, its response deadline {} has passed", prompt.requestId(), deadline);
            return;
        }
        prompt.inferenceNodes().stream().distinct()
                .flatMap(nodeId -> nodes.find(nodeId).stream())
                .forEach(node -> start(node, prompt));
    }

    private void start(HostedNode node, PromptRequest prompt) {
        if (!awaitSlot(prompt.responseDeadline())) {
            log.warn("request {}: node {} not answered: none of the {} model-call slots came free before the response"
                    + " deadline", prompt.requestId(), node.nodeId(), maxConcurrentCalls);
            return;
        }
        try {
            modelCalls.execute(() -> {
                try {
                    answer(node, prompt);
                } catch (RuntimeException e) {
                    log.error("request {}: node {} failed to answer", prompt.requestId(), node.nodeId(), e);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    private boolean awaitSlot(Instant deadline) {
        long waitMillis = Duration.between(clock.instant(), deadline).toMillis();
        try {
            return waitMillis > 0 && slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void answer(HostedNode node, PromptRequest prompt) {
        String requestId = prompt.requestId();
        Instant deadline = prompt.responseDeadline();
        Duration budget = Duration.between(clock.instant(), deadline);
        if (budget.isNegative() || budget.isZero()) {
            log.warn("request {}: node {} not answered: the response deadline passed while it waited for a slot",
                    requestId, node.nodeId());
            return;
        }
        long started = System.nanoTime();
        ChatCompletion completion;
        try {
            completion = node.modelServer().complete(prompt.messages(), prompt.maxTokens(), budget);
        } catch (ModelServerException e) {
            if (!clock.instant().isBefore(deadline)) {
                log.warn("request {}: node {} not answered by the response deadline {}: {}",
                        requestId, node.nodeId(), deadline, e.getMessage());
            } else {
                log.warn("request {}: node {} not answered, its model server failed: {}",
                        requestId, node.nodeId(), e.getMessage());
            }
            return;
        }
        long latencyMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant finished = clock.instant();
        if (finished.isAfter(deadline)) {
            log.warn("request {}: node {} answered at {}, after the response deadline {}: not published",
                    requestId, node.nodeId(), finished, deadline);
            return;
        }
        String nonce = Commitments.newNonce();
        InferenceResponse response = node.signer().sign(new InferenceResponse(InferenceResponse.VERSION, requestId,
                node.nodeId(), node.identity().model(), completion.content(), completion.promptTokens(),
                completion.completionTokens(), latencyMillis, InferenceCost.micros(completion.promptTokens(),
                        completion.completionTokens(), node.identity().pricePer1kTokensMicros()),
                finished, nonce, null));
        // Held before the commitment goes out, so a reveal request can never arrive for an answer not yet held.
        pending.hold(response, prompt.roundDeadline());
        responses.commit(node.signer().sign(new ResponseCommitment(ResponseCommitment.VERSION, requestId,
                node.nodeId(), Commitments.of(requestId, node.nodeId(), nonce, completion.content()), finished, null)));
        log.debug("request {}: node {} answered in {} ms ({} + {} tokens), committed", requestId, node.nodeId(),
                latencyMillis, completion.promptTokens(), completion.completionTokens());
    }

    /** Consensus closed the commit window: reveal the answers held for the hosted nodes it names. */
    public void onReveal(RevealRequest request) {
        for (String nodeId : request.nodeIds()) {
            pending.take(request.requestId(), nodeId).ifPresent(response -> {
                responses.reveal(response);
                log.debug("request {}: node {} revealed", request.requestId(), nodeId);
            });
        }
    }

    /** Answers committed and not yet revealed; for this package's tests, not part of the agent's API. */
    int pendingReveals() {
        return pending.size();
    }

    /** Stops taking prompts and gives model calls in flight a moment to finish and publish. */
    @Override
    public void close() throws InterruptedException {
        modelCalls.shutdown();
        if (!modelCalls.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("{} model calls still in flight at shutdown: their answers are abandoned",
                    maxConcurrentCalls - slots.availablePermits());
            modelCalls.shutdownNow();
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "model-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
