package dev.concord.protocol.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoundSelectionTest {

    private final List<RegistryEntry> active = List.of(
            entry("i1", NodeRole.INFERENCE, "op1", "m1", 3_000_000),
            entry("i2", NodeRole.INFERENCE, "op2", "m2", 1_000_000),
            entry("i3", NodeRole.INFERENCE, "op3", "m1", 2_000_000),
            entry("e1", NodeRole.EVALUATOR, "op1", "judge", 1_000_000),
            entry("e2", NodeRole.EVALUATOR, "op4", "judge", 1_000_000),
            entry("e3", NodeRole.EVALUATOR, "op5", "bge", 1_000_000),
            entry("e4", NodeRole.EVALUATOR, "op2", "bge", 1_000_000));

    @Test
    void weightIsStakeTimesReputationAndNewcomersCountAsOne() {
        RegistrySnapshot snapshot = RegistrySnapshot.of(7, active, Map.of("e2", 0.25));

        assertThat(snapshot.inference()).extracting(Candidate::weight).containsExactly(3e6, 1e6, 2e6);
        assertThat(snapshot.evaluators()).extracting(Candidate::nodeId, Candidate::weight)
                .containsExactly(tuple("e1", 1e6),
                        tuple("e2", 250_000.0),
                        tuple("e3", 1e6), tuple("e4", 1e6));
    }

    @Test
    void recomputationEqualsWhatGatewayAndConsensusSelectWhateverTheRegistryOrder() {
        for (int round = 0; round < 200; round++) {
            String seed = SeededSelection.seed("req-" + round, 7);
            RegistrySnapshot snapshot = RegistrySnapshot.of(7, active, Map.of("e3", 1.7));
            List<String> inference = RoundSelection.inferenceNodes(seed, snapshot.inference(), "concord-auto", 2);
            List<String> evaluators = RoundSelection.evaluators(seed, snapshot, inference, 2);

            List<RegistryEntry> shuffled = new ArrayList<>(active);
            Collections.shuffle(shuffled, new Random(round));
            RoundSelection.Selection recomputed = RoundSelection.recompute(seed,
                    RegistrySnapshot.of(7, shuffled, Map.of("e3", 1.7)), "concord-auto", 2, 2);

            assertThat(recomputed.inferenceNodes()).isEqualTo(inference);
            assertThat(recomputed.evaluators()).isEqualTo(evaluators);
        }
    }

    @Test
    void noEvaluatorSharesAnOperatorWithTheRoundsInferenceNodes() {
        for (int round = 0; round < 200; round++) {
            RoundSelection.Selection selection = RoundSelection.recompute(SeededSelection.seed("req-" + round, 7),
                    RegistrySnapshot.of(7, active, Map.of()), "concord-auto", 2, 4);
            List<String> operators = active.stream().filter(e -> selection.inferenceNodes().contains(e.nodeId()))
                    .map(RegistryEntry::operatorId).toList();
            assertThat(active.stream().filter(e -> selection.evaluators().contains(e.nodeId()))
                    .map(RegistryEntry::operatorId)).doesNotContainAnyElementsOf(operators);
        }
    }

    @Test
    void aNamedModelIsServedOnlyByItsNodes() {
        RegistrySnapshot snapshot = RegistrySnapshot.of(7, active, Map.of());
        for (int round = 0; round < 50; round++) {
            assertThat(RoundSelection.inferenceNodes(SeededSelection.seed("req-" + round, 7), snapshot.inference(),
                    "m1", 3)).containsExactlyInAnyOrder("i1", "i3");
        }
    }

    private static RegistryEntry entry(String id, NodeRole role, String operator, String model, long stake) {
        return new RegistryEntry(RegistryEntry.VERSION, id, role, operator, "key-" + id, model, 1_000, stake,
                NodeStatus.ACTIVE, Instant.parse("2026-11-26T08:00:00Z"), null);
    }
}
