package dev.concord.evaluator.config;

import dev.concord.evaluator.evaluation.HostedEvaluator;
import dev.concord.scoring.Scorer;
import dev.concord.evaluator.scoring.ScorerCatalog;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.NodeRole;
import dev.concord.runtime.identity.NodeIdentity;
import dev.concord.runtime.identity.NodeKeyStore;
import java.util.ArrayList;
import java.util.List;

/** The configured evaluator nodes with their keys and scorers: what to announce and who scores. */
public record HostedNodes(List<NodeIdentity> identities, List<HostedEvaluator> evaluators) {

    public static HostedNodes load(List<EvaluatorProperties.Node> nodes, NodeKeyStore keys, ScorerCatalog scorers,
                                   EventCodec codec) {
        List<NodeIdentity> identities = new ArrayList<>();
        List<HostedEvaluator> evaluators = new ArrayList<>();
        for (EvaluatorProperties.Node node : nodes) {
            Scorer scorer = scorers.scorer(node.scorer());
            NodeIdentity identity = new NodeIdentity(node.id(), NodeRole.EVALUATOR, node.operator(), scorer.id(),
                    node.pricePerSheetMicros(), node.stakeMicros(), keys.loadOrCreate(node.id()));
            identities.add(identity);
            evaluators.add(new HostedEvaluator(node.id(), scorer, identity.signer(codec)));
        }
        return new HostedNodes(List.copyOf(identities), List.copyOf(evaluators));
    }
}
