package dev.concord.gateway.submission;

import dev.concord.gateway.access.AccessRefusedException;
import dev.concord.gateway.account.PrepaidAccounts;
import dev.concord.gateway.access.Caller;
import dev.concord.gateway.access.RateLimiter;
import dev.concord.gateway.persistence.ApiKeyRepository;
import dev.concord.gateway.persistence.StoredSubmission;
import dev.concord.gateway.persistence.SubmissionRepository;
import dev.concord.gateway.round.Dispatched;
import dev.concord.gateway.round.RoundDispatcher;
import dev.concord.gateway.round.RoundRequest;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an authenticated request into a round, in this order: the key's rate limits, the round's plan (selection and
 * price), then in one transaction the idempotency claim and the budget charge, then the fee's reservation in the
 * key's prepaid account if it has one, then the prompt. Every round is stored
 * as a submission, and its outcome is stored before the client hears it, so a replay, a poll or a progress subscriber
 * on any replica finds it. Blocking (JDBC): callers run it off the event loop.
 */
public class Submissions {

    private static final Logger log = LoggerFactory.getLogger(Submissions.class);
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final RateLimiter limiter;
    private final PrepaidAccounts accounts;
    private final RoundDispatcher dispatcher;
    private final SubmissionRepository submissions;
    private final ApiKeyRepository keys;
    private final TransactionTemplate transaction;
    private final EventCodec codec;
    private final Executor recording;
    private final Duration longestWait;
    private final Clock clock;

    public Submissions(RateLimiter limiter, PrepaidAccounts accounts, RoundDispatcher dispatcher,
                       SubmissionRepository submissions, ApiKeyRepository keys, TransactionTemplate transaction,
                       EventCodec codec, Executor recording, Duration longestWait, Clock clock) {
        this.limiter = limiter;
        this.accounts = accounts;
        this.dispatcher = dispatcher;
        this.submissions = submissions;
        this.keys = keys;
        this.transaction = transaction;
        this.codec = codec;
        this.recording = recording;
        this.longestWait = longestWait;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey null when the client sent none
     * @param fingerprint    identifies the request body, so a changed body under the same idempotency key is caught
     */
    public Dispatched submit(Caller caller, String idempotencyKey, String fingerprint, RoundRequest request) {
        limiter.admit(caller, request.maxTokens());
        PromptRequest prompt = dispatcher.plan(UUID.randomUUID().toString(), request, caller.accountId());
        Optional<StoredSubmission> earlier = transaction.execute(status -> claim(caller, idempotencyKey, fingerprint, prompt));
        if (earlier.isPresent()) {
            return replay(earlier.get(), idempotencyKey);
        }
        if (caller.accountId() != null) {
            reserve(caller, prompt);
        }
        CompletableFuture<RoundDecision> answered = dispatcher.dispatch(prompt)
                .handleAsync((decision, failure) -> {
                    record(caller, prompt, decision, failure);
                    if (failure != null) {
                        throw failure instanceof CompletionException c ? c : new CompletionException(failure);
                    }
                    return decision;
                }, recording);
        return new Dispatched(prompt.requestId(), answered);
    }

    /** The caller's submission of round {@code roundId}; another key's rounds are not found. */
    public Optional<StoredSubmission> find(Caller caller, String roundId) {
        return submissions.find(roundId).filter(s -> s.keyId().equals(caller.keyId()));
    }

    /** Whether the submission's outcome is still to come; an abandoned one counts as timed out. */
    public boolean running(StoredSubmission submission) {
        return submission.pending() && !submission.abandoned(clock.instant(), longestWait);
    }

    /** The stored outcome as the decision future a fresh submission would have given. */
    public CompletableFuture<RoundDecision> outcome(StoredSubmission submission) {
        if (submission.decision() != null) {
            return CompletableFuture.completedFuture(codec.decode(submission.decision(), RoundDecision.class));
        }
        return CompletableFuture.failedFuture(StoredSubmission.TIMED_OUT.equals(submission.status()) || submission.pending()
                ? new TimeoutException("round " + submission.roundId() + " was not decided in time")
                : new IllegalStateException("round " + submission.roundId() + " failed: " + submission.status()));
    }

    private Optional<StoredSubmission> claim(Caller caller, String idempotencyKey, String fingerprint, PromptRequest prompt) {
        StoredSubmission submission = new StoredSubmission(prompt.requestId(), caller.keyId(), idempotencyKey,
                fingerprint, caller.anonymous() ? 0 : prompt.feeMicros(), StoredSubmission.PENDING, null,
                clock.instant(), null);
        if (!submissions.claim(submission)) {
            StoredSubmission earlier = submissions.findByIdempotencyKey(caller.keyId(), idempotencyKey).orElseThrow();
            if (!earlier.requestHash().equals(fingerprint)) {
                throw IdempotencyConflictException.otherBody(idempotencyKey);
            }
            return Optional.of(earlier);
        }
        if (!caller.anonymous() && !keys.charge(caller.keyId(), prompt.feeMicros())) {
            // the exception rolls the claim back, so the idempotency key stays free for a retry after a top-up
            throw AccessRefusedException.budgetExhausted("You exceeded the budget of " + caller.keyId() + ": a round costs "
                    + prompt.feeMicros() + " micros");
        }
        return Optional.empty();
    }

    /** Reserves the fee in the key's prepaid account; if that fails, the round never happened: claim and charge undone. */
    private void reserve(Caller caller, PromptRequest prompt) {
        try {
            accounts.reserve(caller.accountId(), prompt.requestId(), prompt.feeMicros(), prompt.roundDeadline());
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> {
                submissions.delete(prompt.requestId());
                keys.refund(caller.keyId(), prompt.feeMicros());
            });
            throw e;
        }
    }

    private Dispatched replay(StoredSubmission earlier, String idempotencyKey) {
        if (running(earlier)) {
            throw IdempotencyConflictException.stillRunning(idempotencyKey, earlier.roundId());
        }
        log.info("round {}: replayed for Idempotency-Key {}", earlier.roundId(), idempotencyKey);
        return new Dispatched(earlier.roundId(), outcome(earlier));
    }

    /**
     * Records a decision read from the decisions topic, whichever replica took the submission: if that replica stopped
     * mid-round, its client still finds the answer on any other. Only the first record of a submission counts, so the
     * replica that took it and every other replica may all try.
     */
    public void recordDecision(RoundDecision decision) {
        try {
            submissions.find(decision.requestId()).filter(StoredSubmission::pending)
                    .ifPresent(submission -> finish(submission, decision, decision.status().name()));
        } catch (RuntimeException e) {
            log.error("round {}: could not record the decision", decision.requestId(), e);
        }
    }

    /** Stores the outcome of a round this replica dispatched. */
    private void record(Caller caller, PromptRequest prompt, RoundDecision decision, Throwable failure) {
        try {
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
            String status = decision != null ? decision.status().name()
                    : cause instanceof TimeoutException ? StoredSubmission.TIMED_OUT : StoredSubmission.FAILED;
            submissions.find(prompt.requestId()).ifPresent(submission -> finish(submission, decision, status));
        } catch (RuntimeException e) {
            log.error("round {}: could not record the outcome", prompt.requestId(), e);
        }
    }

    /** The first outcome stored wins: a decided round's tokens count against the key's limit, any other is refunded. */
    private void finish(StoredSubmission submission, RoundDecision decision, String status) {
        if (!submissions.finish(submission.roundId(), status, decision == null ? null : codec.encode(decision), clock.instant())) {
            return;
        }
        keys.find(submission.keyId()).map(Caller::of).ifPresent(caller -> {
            if (decision != null && decision.status() == RoundStatus.DECIDED) {
                limiter.recordTokens(caller, (long) decision.promptTokens() + decision.completionTokens());
            } else {
                keys.refund(caller.keyId(), submission.chargedMicros());
            }
        });
    }
}
