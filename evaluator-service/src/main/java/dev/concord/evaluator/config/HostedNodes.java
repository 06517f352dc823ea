package dev.concord.evaluator.config;

import dev.concord.evaluator.evaluation.HostedEvaluator;
import dev.concord.evaluator.scoring.ScorerCatalog;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.NodeRole;
import dev.concord.quality.attack.EvaluatorAttack;
import dev.concord.quality.attack.EvaluatorAttacks;
import dev.concord.quality.attack.HonestScoring;
import dev.concord.runtime.identity.NodeIdentity;
import dev.concord.runtime.identity.NodeKeyStore;
import dev.concord.runtime.identity.OperatorKeyStore;
import dev.concord.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * The configured evaluator nodes with their keys, operator keys, scorers and behaviours: what to announce and who
 * scores.
 */
public record HostedNodes(List<NodeIdentity> identities, List<HostedEvaluator> evaluators) {

    public static HostedNodes load(List<EvaluatorProperties.Node> nodes, NodeKeyStore keys,
                                   OperatorKeyStore operators, ScorerCatalog scorers, EventCodec codec) {
        List<NodeIdentity> identities = new ArrayList<>();
        List<HostedEvaluator> evaluators = new ArrayList<>();
        for (EvaluatorProperties.Node node : nodes) {
            Scorer scorer = scorers.scorer(node.scorer());
            NodeIdentity identity = new NodeIdentity(node.id(), NodeRole.EVALUATOR, operators.load(node.operator()),
                    scorer.id(),
                    node.pricePerSheetMicros(), node.stakeMicros(), keys.loadOrCreate(node.id()));
            identities.add(identity);
            evaluators.add(new HostedEvaluator(node.id(), scorer, identity.signer(codec), behaviour(node)));
        }
        return new HostedNodes(List.copyOf(identities), List.copyOf(evaluators));
    }

    private static EvaluatorAttack behaviour(EvaluatorProperties.Node node) {
        if (node.attack() == null) {
            return new HonestScoring();
        }
        try {
            return EvaluatorAttacks.byName(node.attack(), node.attackTarget());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("concord.evaluator: node " + node.id() + ": " + e.getMessage(), e);
        }
    }
}
