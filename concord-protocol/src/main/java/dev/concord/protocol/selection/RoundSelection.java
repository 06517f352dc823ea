package dev.concord.protocol.selection;

import java.util.List;
import java.util.Set;

/**
 * Who serves a round, decided the same way by the gateway (N inference nodes), consensus (K evaluators) and anyone
 * auditing a stored round: {@link SeededSelection} over the round's {@link RegistrySnapshot}. Operators are chosen
 * with probability proportional to their nodes' weights (stake x reputation), at most one node per operator, models
 * as distinct as those probabilities allow, and no evaluator belongs to an operator with an inference node in the
 * round.
 */
public final class RoundSelection {

    /** The model name that lets any inference node answer. */
    public static final String ANY_MODEL = "concord-auto";

    private RoundSelection() {
    }

    /** N inference nodes among those serving {@code model} ({@value #ANY_MODEL}, null or blank: any). */
    public static List<String> inferenceNodes(String seed, List<Candidate> inference, String model, int count) {
        List<Candidate> serving = inference.stream().filter(c -> serves(c, model)).toList();
        return SeededSelection.select(seed, serving, count, Set.of());
    }

    /** K evaluators, none of an operator that has one of the round's inference nodes. */
    public static List<String> evaluators(String seed, RegistrySnapshot snapshot, List<String> inferenceNodes,
                                          int count) {
        return SeededSelection.select(seed, snapshot.evaluators(), count, snapshot.operatorsOf(inferenceNodes));
    }

    /** The round's whole selection recomputed from its snapshot: inference nodes, then evaluators apart from them. */
    public static Selection recompute(String seed, RegistrySnapshot snapshot, String model, int inferenceCount,
                                      int evaluatorCount) {
        List<String> inference = inferenceNodes(seed, snapshot.inference(), model, inferenceCount);
        return new Selection(inference, evaluators(seed, snapshot, inference, evaluatorCount));
    }

    private static boolean serves(Candidate candidate, String model) {
        return model == null || model.isBlank() || ANY_MODEL.equals(model) || model.equals(candidate.model());
    }

    /** A round's selected nodes, in selection order. */
    public record Selection(List<String> inferenceNodes, List<String> evaluators) {

        public Selection {
            inferenceNodes = List.copyOf(inferenceNodes);
            evaluators = List.copyOf(evaluators);
        }
    }
}
