package dev.concord.protocol.selection;

import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.RegistryEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The candidates a round was selected from: the active nodes of the registry as it stood (at {@code registryVersion})
 * with their selection weights. Stored with the round, it is everything {@link RoundSelection} needs to recompute
 * the round's selection later, whatever the registry has become since.
 *
 * @param registryVersion the content version of the registry copy the snapshot was taken from
 * @param inference       active inference nodes, ordered by node id
 * @param evaluators      active evaluators, ordered by node id
 */
public record RegistrySnapshot(long registryVersion, List<Candidate> inference, List<Candidate> evaluators) {

    public RegistrySnapshot {
        inference = sorted(inference);
        evaluators = sorted(evaluators);
    }

    /** Candidates from active registry entries, weighted by {@link Candidate#of} with the given reputations. */
    public static RegistrySnapshot of(long registryVersion, List<RegistryEntry> active,
                                      Map<String, Double> reputation) {
        return new RegistrySnapshot(registryVersion, candidates(active, NodeRole.INFERENCE, reputation),
                candidates(active, NodeRole.EVALUATOR, reputation));
    }

    /** The operators of the given inference nodes, as far as the snapshot knows them. */
    public Set<String> operatorsOf(List<String> inferenceNodes) {
        Map<String, String> operators = inference.stream()
                .collect(Collectors.toMap(Candidate::nodeId, Candidate::operatorId));
        return inferenceNodes.stream().map(id -> Optional.ofNullable(operators.get(id)))
                .flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static List<Candidate> candidates(List<RegistryEntry> active, NodeRole role,
                                              Map<String, Double> reputation) {
        return active.stream()
                .filter(e -> e.role() == role)
                .map(e -> Candidate.of(e, reputation.getOrDefault(e.nodeId(), 1.0)))
                .toList();
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        return candidates.stream().sorted(Comparator.comparing(Candidate::nodeId)).toList();
    }
}
