package dev.concord.consensus.lifecycle;

import dev.concord.consensus.config.ConsensusProperties;
import dev.concord.consensus.persistence.RoundRepository;
import dev.concord.consensus.persistence.StoredRound;
import dev.concord.consensus.persistence.TrustRepository;
import dev.concord.consensus.round.Adjudicator;
import dev.concord.consensus.round.CommitReveal;
import dev.concord.consensus.round.RoundPhase;
import dev.concord.consensus.round.Verdict;
import dev.concord.protocol.Topics;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.RevealRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.protocol.selection.RegistrySnapshot;
import dev.concord.protocol.selection.RoundSelection;
import dev.concord.quality.aggregation.AggregationRules;
import dev.concord.quality.trust.TrustRule;
import dev.concord.quality.trust.TrustState;
import dev.concord.runtime.outbox.Outbox;
import dev.concord.runtime.registry.NodeRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a round from prompt to decision. Every step runs in one transaction that first locks the round's row, so
 * any number of consensus instances can receive a round's events and sweep deadlines without stepping on each
 * other; what a step publishes goes through the outbox in that same transaction.
 */
@Service
public class RoundLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RoundLifecycle.class);

    private final RoundRepository rounds;
    private final TrustRepository trust;
    private final TrustRule trustRule;
    private final NodeRegistry registry;
    private final Outbox outbox;
    private final ConsensusProperties properties;
    private final Clock clock;

    public RoundLifecycle(RoundRepository rounds, TrustRepository trust, TrustRule trustRule, NodeRegistry registry,
                          Outbox outbox, ConsensusProperties properties, Clock clock) {
        this.rounds = rounds;
        this.trust = trust;
        this.trustRule = trustRule;
        this.registry = registry;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void open(PromptRequest prompt) {
        String rule = prompt.rule().isBlank() ? properties.defaultRule() : prompt.rule();
        try {
            AggregationRules.byName(rule);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("prompt " + prompt.requestId() + ": " + e.getMessage(), e);
        }
        rounds.lock(prompt.requestId());
        if (rounds.insert(prompt, rule, registrySnapshot(), clock.instant())) {
            log.info("round {} open: {} inference nodes, K={}, rule {}", prompt.requestId(),
                    prompt.inferenceNodes().size(), prompt.evaluatorCount(), rule);
        }
        advance(prompt.requestId());
    }

    @Transactional
    public void acceptCommitment(ResponseCommitment commitment) {
        rounds.lock(commitment.requestId());
        if (rounds.insertCommitment(commitment, clock.instant())) {
            advance(commitment.requestId());
        }
    }

    /**
     * A reveal counts only while the round asks for reveals, from a node that committed, and only if it opens the
     * commitment. An answer published while the commit window is still open could be copied: its node is excluded.
     */
    @Transactional
    public void acceptResponse(InferenceResponse response) {
        String requestId = response.requestId();
        Instant now = clock.instant();
        StoredRound round = rounds.lock(requestId).orElse(null);
        if (round == null || round.phase() == RoundPhase.COLLECTING) {
            rounds.insertFault(requestId, new NodeFault(response.nodeId(), FaultKind.EARLY_REVEAL,
                    "answer published at " + response.createdAt() + ", before the commit window closed"), now);
            log.warn("round {}: node {} revealed before the commit window closed; excluded", requestId, response.nodeId());
            return;
        }
        if (round.phase() != RoundPhase.REVEALING) {
            log.info("round {}: late reveal from {} ignored ({})", requestId, response.nodeId(), round.phase());
            return;
        }
        Optional<ResponseCommitment> commitment = rounds.commitment(requestId, response.nodeId());
        if (commitment.isEmpty()) {
            log.info("round {}: reveal from {}, which did not commit in time, ignored", requestId, response.nodeId());
            return;
        }
        Optional<NodeFault> mismatch = CommitReveal.check(commitment.get(), response);
        if (mismatch.isPresent()) {
            rounds.insertFault(requestId, mismatch.get(), now);
            log.warn("round {}: {}", requestId, mismatch.get());
        } else if (!rounds.insertResponse(response, now)) {
            return;
        }
        advance(requestId);
    }

    @Transactional
    public void acceptSheet(ScoreSheet sheet) {
        StoredRound round = rounds.lock(sheet.requestId())
                .orElseThrow(() -> new InvalidEventException("score sheet for unknown round " + sheet.requestId()));
        if (round.phase() != RoundPhase.SCORING) {
            log.info("round {}: late sheet from {} ignored ({})", sheet.requestId(), sheet.evaluatorId(), round.phase());
            return;
        }
        if (!round.evaluators().contains(sheet.evaluatorId())) {
            throw new InvalidEventException("round " + sheet.requestId() + ": " + sheet.evaluatorId() + " was not selected");
        }
        requireCompleteSheet(sheet, Set.copyOf(round.candidates()));
        if (rounds.insertSheet(sheet, clock.instant())) {
            advance(sheet.requestId());
        }
    }

    /** Moves the round on if it has all it waits for or its deadline has passed. Safe to call at any time. */
    @Transactional
    public void advance(String requestId) {
        StoredRound round = rounds.lock(requestId).orElse(null);
        if (round == null || !round.phase().isOpen()) {
            return;
        }
        Instant now = clock.instant();
        PromptRequest prompt = round.prompt();
        if (round.phase() == RoundPhase.COLLECTING) {
            CommitReveal state = commitReveal(prompt);
            boolean late = !now.isBefore(prompt.responseDeadline());
            if (state.commitWindowComplete() || late) {
                if (state.eligible().isEmpty()) {
                    close(round, RoundStatus.NO_RESPONSES, null, List.of(), List.of(), Map.of(), 0, now);
                } else {
                    startRevealing(prompt, state.eligible(), now);
                }
            }
            return;
        }
        if (round.phase() == RoundPhase.REVEALING) {
            CommitReveal state = commitReveal(prompt);
            boolean late = round.revealDeadline() == null || !now.isBefore(round.revealDeadline());
            if (state.silent().isEmpty() || late) {
                state.silent().forEach(nodeId -> rounds.insertFault(requestId, new NodeFault(nodeId,
                        FaultKind.TIMEOUT_AFTER_ACCEPT, "committed, not revealed by the reveal deadline"), now));
                List<InferenceResponse> answers = state.openedAnswers();
                if (answers.isEmpty()) {
                    close(round, RoundStatus.NO_RESPONSES, null, List.of(), List.of(), Map.of(), 0, now);
                } else {
                    startScoring(round, answers, now);
                }
            }
            return;
        }
        List<ScoreSheet> sheets = rounds.sheets(requestId);
        boolean complete = sheets.size() == round.evaluators().size();
        if (complete || !now.isBefore(prompt.roundDeadline())) {
            if (sheets.isEmpty()) {
                close(round, RoundStatus.NO_SCORES, null, scoredResponses(round), List.of(), Map.of(), 0, now);
            } else {
                decide(round, scoredResponses(round), sheets, now);
            }
        }
    }

    /** Closes the commit window: the eligible nodes reveal before the reveal deadline, never after the round's. */
    private void startRevealing(PromptRequest prompt, List<String> eligible, Instant now) {
        Instant deadline = now.plus(properties.revealWindow());
        if (deadline.isAfter(prompt.roundDeadline())) {
            deadline = prompt.roundDeadline();
        }
        rounds.startRevealing(prompt.requestId(), deadline);
        outbox.enqueue(Topics.REVEALS, new RevealRequest(RevealRequest.VERSION, prompt.requestId(), eligible, deadline));
        log.info("round {}: commit window closed, {} asked to reveal by {}", prompt.requestId(), eligible, deadline);
    }

    private CommitReveal commitReveal(PromptRequest prompt) {
        String requestId = prompt.requestId();
        return new CommitReveal(prompt.inferenceNodes(), rounds.commitments(requestId), rounds.faults(requestId),
                rounds.responses(requestId));
    }

    private void startScoring(StoredRound round, List<InferenceResponse> responses, Instant now) {
        PromptRequest prompt = round.prompt();
        List<String> evaluators = selectEvaluators(round);
        if (evaluators.isEmpty()) {
            log.warn("round {}: no evaluator can be selected", prompt.requestId());
            close(round, RoundStatus.NO_SCORES, null, responses, List.of(), Map.of(), 0, now);
            return;
        }
        rounds.startScoring(prompt.requestId(), evaluators, responses.stream().map(InferenceResponse::nodeId).toList());
        List<CandidateResponse> candidates = responses.stream()
                .map(r -> new CandidateResponse(r.nodeId(), r.content())).toList();
        outbox.enqueue(Topics.EVALUATIONS, new EvaluationTask(EvaluationTask.VERSION, prompt.requestId(),
                prompt.question(), candidates, evaluators, prompt.roundDeadline()));
        log.info("round {}: {} responses, scoring by {}", prompt.requestId(), responses.size(), evaluators);
    }

    /**
     * Seeded and recomputable from the round's stored snapshot (GET /v1/rounds/{id}/selection does): weight is stake x
     * trust, and no evaluator shares an operator with a node of the round.
     */
    private List<String> selectEvaluators(StoredRound round) {
        RegistrySnapshot snapshot = round.snapshot() != null ? round.snapshot() : registrySnapshot();
        PromptRequest prompt = round.prompt();
        return RoundSelection.evaluators(prompt.selectionSeed(), snapshot, prompt.inferenceNodes(),
                prompt.evaluatorCount());
    }

    /** The active nodes as this instance's registry copy has them now; an evaluator's reputation is its trust weight. */
    private RegistrySnapshot registrySnapshot() {
        long version = registry.version();
        List<RegistryEntry> evaluators = registry.active(NodeRole.EVALUATOR);
        Map<String, TrustState> states = trust.states(evaluators.stream().map(RegistryEntry::nodeId).toList());
        Map<String, Double> trustWeights = evaluators.stream().collect(Collectors.toMap(RegistryEntry::nodeId,
                e -> states.getOrDefault(e.nodeId(), trustRule.newcomer()).weight()));
        List<RegistryEntry> active = Stream.concat(registry.active(NodeRole.INFERENCE).stream(), evaluators.stream())
                .toList();
        return RegistrySnapshot.of(version, active, trustWeights);
    }

    private void decide(StoredRound round, List<InferenceResponse> responses, List<ScoreSheet> sheets, Instant now) {
        PromptRequest prompt = round.prompt();
        long version = trust.lockClock() + 1;
        Set<String> evaluatorIds = sheets.stream().map(ScoreSheet::evaluatorId).collect(Collectors.toSet());
        Map<String, TrustState> before = new HashMap<>(trust.states(evaluatorIds));
        evaluatorIds.forEach(id -> before.putIfAbsent(id, trustRule.newcomer()));
        Map<String, Double> weights = new HashMap<>();
        before.forEach((id, state) -> weights.put(id, state.weight()));
        String rule = round.rule();
        Verdict verdict = Adjudicator.decide(responses, sheets, weights, AggregationRules.byName(rule));
        Map<String, TrustState> after = trustRule.update(before, verdict.scores());
        after.forEach((id, state) -> trust.record(id, prompt.requestId(), version, trustRule.name(), before.get(id), state, now));
        trust.advanceClock(version);
        rounds.saveConsensusScores(prompt.requestId(), verdict.consensusScores());
        List<EvaluatorOutcome> evaluators = sheets.stream()
                .map(s -> new EvaluatorOutcome(s.evaluatorId(), verdict.scores().deviation(s.evaluatorId()),
                        weights.get(s.evaluatorId()), after.get(s.evaluatorId()).weight(), evaluatorPrice(s.evaluatorId())))
                .toList();
        close(round, RoundStatus.DECIDED, verdict.winner(), responses, evaluators, verdict.consensusScores(), version, now);
        if (!verdict.disqualified().isEmpty()) {
            log.warn("round {}: {} flagged as prompt injection by most of the trust weight, cannot win",
                    prompt.requestId(), verdict.disqualified());
        }
        log.info("round {} decided: {} wins with {} ({}, trust version {})", prompt.requestId(), verdict.winner().nodeId(),
                String.format(Locale.ROOT, "%.2f", verdict.winnerScore()), rule, version);
    }

    private void close(StoredRound round, RoundStatus status, InferenceResponse winner, List<InferenceResponse> responses,
                       List<EvaluatorOutcome> evaluators, Map<String, Double> scores, long trustVersion, Instant now) {
        PromptRequest prompt = round.prompt();
        List<NodeOutcome> nodes = responses.stream()
                .map(r -> new NodeOutcome(r.nodeId(), r.model(), scores.getOrDefault(r.nodeId(), 0.0), r.promptTokens(),
                        r.completionTokens(), r.costMicros(), r.latencyMillis()))
                .toList();
        RoundDecision decision = new RoundDecision(RoundDecision.VERSION, prompt.requestId(), status,
                winner == null ? null : winner.nodeId(), winner == null ? null : winner.model(),
                winner == null ? null : winner.content(), winner == null ? 0 : scores.get(winner.nodeId()),
                winner == null ? 0 : winner.promptTokens(), winner == null ? 0 : winner.completionTokens(),
                round.rule(), trustVersion, nodes, evaluators, prompt.feeMicros(), prompt.replyTo(), now,
                prompt.clientAccountId(), rounds.faults(prompt.requestId()));
        rounds.close(decision, RoundPhase.valueOf(status.name()));
        outbox.enqueue(Topics.DECISIONS, decision);
        if (status != RoundStatus.DECIDED) {
            log.warn("round {} closed without a winner: {}", prompt.requestId(), status);
        }
    }

    /** The responses that were sent to the evaluators. */
    private List<InferenceResponse> scoredResponses(StoredRound round) {
        Set<String> candidates = new HashSet<>(round.candidates());
        return rounds.responses(round.prompt().requestId()).stream().filter(r -> candidates.contains(r.nodeId())).toList();
    }

    private static void requireCompleteSheet(ScoreSheet sheet, Set<String> nodes) {
        Set<String> scored = new HashSet<>();
        for (Score score : sheet.scores()) {
            if (!Double.isFinite(score.value()) || score.value() < 0 || score.value() > 10) {
                throw new InvalidEventException("sheet " + sheet.requestId() + "/" + sheet.evaluatorId()
                        + ": score " + score.value() + " outside 0..10");
            }
            if (!scored.add(score.nodeId())) {
                throw new InvalidEventException("sheet " + sheet.requestId() + "/" + sheet.evaluatorId()
                        + ": node " + score.nodeId() + " scored twice");
            }
        }
        if (!scored.equals(nodes)) {
            throw new InvalidEventException("sheet " + sheet.requestId() + "/" + sheet.evaluatorId()
                    + " scores " + scored + " but the round's responses are " + nodes);
        }
    }

    private long evaluatorPrice(String evaluatorId) {
        return registry.node(evaluatorId).map(RegistryEntry::pricePer1kTokensMicros).orElse(0L);
    }
}
