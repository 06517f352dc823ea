package dev.concord.consensus.web;

import dev.concord.protocol.api.ApiError;
import dev.concord.consensus.persistence.RoundRepository;
import dev.concord.consensus.persistence.StoredRound;
import dev.concord.consensus.persistence.TrustRepository;
import dev.concord.consensus.persistence.TrustRepository.TrustRow;
import dev.concord.protocol.selection.SeededSelection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read API: a round's evidence, its selection recomputed, and the evaluators' current trust. */
@RestController
public class RoundController {

    private final RoundRepository rounds;
    private final TrustRepository trust;

    public RoundController(RoundRepository rounds, TrustRepository trust) {
        this.rounds = rounds;
        this.trust = trust;
    }

    @GetMapping("/v1/rounds/{requestId}")
    @Transactional(readOnly = true)
    public ResponseEntity<?> round(@PathVariable String requestId) {
        return rounds.find(requestId)
                .<ResponseEntity<?>>map(round -> ResponseEntity.ok(evidence(round)))
                .orElseGet(() -> notFound(requestId));
    }

    /** Recomputes the round's selection from its stored snapshot and says whether it is the one the round used. */
    @GetMapping("/v1/rounds/{requestId}/selection")
    @Transactional(readOnly = true)
    public ResponseEntity<?> selection(@PathVariable String requestId) {
        return rounds.find(requestId).map(this::selection).orElseGet(() -> notFound(requestId));
    }

    private ResponseEntity<?> selection(StoredRound round) {
        String requestId = round.prompt().requestId();
        if (round.snapshot() == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("round '" + requestId
                    + "' was opened before registry snapshots were stored", "invalid_request_error", null,
                    "snapshot_not_found"));
        }
        String algorithm = round.prompt().selectionAlgorithm();
        if (!SeededSelection.ALGORITHM.equals(algorithm)) {
            // recomputing with another algorithm would report a mismatch that is no evidence of anything
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("round '" + requestId
                    + "' was selected by " + (algorithm == null ? "an unnamed earlier algorithm" : algorithm)
                    + "; this consensus recomputes " + SeededSelection.ALGORITHM + " only", "invalid_request_error",
                    null, "selection_algorithm_differs"));
        }
        return ResponseEntity.ok(SelectionCheck.of(round));
    }

    @GetMapping("/v1/trust")
    public List<TrustRow> trust() {
        return trust.all();
    }

    private static ResponseEntity<?> notFound(String requestId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiError.of("no round with id '" + requestId + "'", "invalid_request_error", null, "round_not_found"));
    }

    private RoundEvidence evidence(StoredRound round) {
        String id = round.prompt().requestId();
        return new RoundEvidence(id, round.phase().name(), round.rule(), round.prompt(), rounds.commitments(id),
                rounds.responses(id), rounds.faults(id), rounds.sheets(id), rounds.decision(id).orElse(null));
    }
}
