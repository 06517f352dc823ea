package dev.concord.quality.reward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * S3's cost-aware linear rewards and Concord's split of a round's fee (PROOF-OF-QUALITY.md step 9).
 *
 * <ul>
 *   <li>inference node f: {@code R_f = alpha * c_f/10 - beta * cost_f/maxCost} (max over the round's nodes)</li>
 *   <li>evaluator m: {@code R_m = alpha_e * (1 - d_m) - beta_e * cost_m/maxEvalCost}</li>
 *   <li>the fee goes first to the protocol ({@code protocolBasisPoints}, rounded down), the rest into an
 *       inference pool ({@code inferencePoolBasisPoints} of it, rounded down) and an evaluator pool (the rest);</li>
 *   <li>each pool is shared in proportion to the <em>positive</em> rewards by largest remainder, ties to the
 *       smaller id; a negative or zero reward is paid 0 (never a negative payout: losses are slashing's job);</li>
 *   <li>[ours] in the evaluator pool each positive reward is first multiplied by the evaluator's trust weight:
 *       R_m looks at one round, trust at the evaluator's record, so an attacker whose sheet happened to sit
 *       close to consensus in this round (a boosting evaluator on a round of good answers, an intermittent one
 *       on its honest rounds) is still paid as little as its trust says;</li>
 *   <li>a pool nobody earned goes to the protocol, so the payouts always sum to the fee exactly.</li>
 * </ul>
 * When every cost in a group is 0 the cost term is 0.
 */
public record RewardCalculator(RewardParameters parameters) {

    /** The account that receives the protocol's share and any unearned pool. */
    public static final String PROTOCOL_ACCOUNT = "protocol";

    public RewardCalculator() {
        this(RewardParameters.defaults());
    }

    /** R_f for one inference node, given the round's largest inference cost. */
    public double inferenceReward(InferenceOutcome outcome, long maxCost) {
        return parameters.alpha() * outcome.consensusScore() / 10 - parameters.beta() * costShare(outcome.cost(), maxCost);
    }

    /** R_m for one evaluator, given the round's largest evaluator cost. */
    public double evaluatorReward(EvaluatorOutcome outcome, long maxEvaluatorCost) {
        return parameters.alphaEvaluator() * (1 - outcome.deviation())
                - parameters.betaEvaluator() * costShare(outcome.cost(), maxEvaluatorCost);
    }

    /**
     * @param fee        the round's fee in the smallest money unit, {@code >= 0}
     * @param inference  one outcome per inference node, ids unique
     * @param evaluators one outcome per evaluator, ids unique
     */
    public RoundPayouts payouts(long fee, List<InferenceOutcome> inference, List<EvaluatorOutcome> evaluators) {
        if (fee < 0) {
            throw new IllegalArgumentException("fee must not be negative: " + fee);
        }
        requireUniqueIds(inference, evaluators);
        long protocolShare = LargestRemainder.basisPointsOf(fee, parameters.protocolBasisPoints());
        long remainder = fee - protocolShare;
        long inferencePool = LargestRemainder.basisPointsOf(remainder, parameters.inferencePoolBasisPoints());
        long evaluatorPool = remainder - inferencePool;

        long maxCost = inference.stream().mapToLong(InferenceOutcome::cost).max().orElse(0);
        long maxEvaluatorCost = evaluators.stream().mapToLong(EvaluatorOutcome::cost).max().orElse(0);
        List<Payout> inferencePayouts = pool(PayeeRole.INFERENCE, inferencePool,
                sortedBy(inference, InferenceOutcome::nodeId), InferenceOutcome::nodeId,
                o -> inferenceReward(o, maxCost), o -> 1.0,
                o -> String.format(Locale.ROOT, "score %.3f/10, cost %d of max %d", o.consensusScore(), o.cost(),
                        maxCost));
        List<Payout> evaluatorPayouts = pool(PayeeRole.EVALUATOR, evaluatorPool,
                sortedBy(evaluators, EvaluatorOutcome::evaluatorId), EvaluatorOutcome::evaluatorId,
                o -> evaluatorReward(o, maxEvaluatorCost), EvaluatorOutcome::trust,
                o -> String.format(Locale.ROOT, "deviation %.4f, cost %d of max %d, trust %.4f", o.deviation(),
                        o.cost(), maxEvaluatorCost, o.trust()));

        StringBuilder protocolReason = new StringBuilder(String.format(Locale.ROOT,
                "protocol share %d bp of fee %d = %d", parameters.protocolBasisPoints(), fee, protocolShare));
        long protocolAmount = protocolShare;
        if (noneEarned(inferencePayouts) && inferencePool > 0) {
            protocolAmount += inferencePool;
            protocolReason.append("; unearned inference pool ").append(inferencePool);
        }
        if (noneEarned(evaluatorPayouts) && evaluatorPool > 0) {
            protocolAmount += evaluatorPool;
            protocolReason.append("; unearned evaluator pool ").append(evaluatorPool);
        }
        List<Payout> all = new ArrayList<>();
        all.add(new Payout(PROTOCOL_ACCOUNT, PayeeRole.PROTOCOL, protocolAmount, 0, protocolReason.toString()));
        all.addAll(inferencePayouts);
        all.addAll(evaluatorPayouts);
        return new RoundPayouts(fee, all);
    }

    private <T> List<Payout> pool(PayeeRole role, long poolAmount, List<T> outcomes, Function<T, String> id,
                                  ToDoubleFunction<T> reward, ToDoubleFunction<T> weight,
                                  Function<T, String> evidence) {
        double[] rewards = outcomes.stream().mapToDouble(reward).toArray();
        double[] shares = new double[rewards.length];
        double positiveTotal = 0;
        for (int i = 0; i < rewards.length; i++) {
            shares[i] = Math.max(0, rewards[i]) * weight.applyAsDouble(outcomes.get(i));
            positiveTotal += shares[i];
        }
        String[] ids = outcomes.stream().map(id).toArray(String[]::new);
        long[] amounts = positiveTotal > 0 ? LargestRemainder.split(poolAmount, shares, ids) : new long[ids.length];
        String roleName = role.name().toLowerCase(Locale.ROOT);
        List<Payout> payouts = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            String reason = shares[i] > 0
                    ? String.format(Locale.ROOT, "%s reward %.6f (%s) = %.4f%% of %s pool %d",
                            roleName, rewards[i], evidence.apply(outcomes.get(i)), 100 * shares[i] / positiveTotal,
                            roleName, poolAmount)
                    : String.format(Locale.ROOT, "%s reward %.6f (%s) %s: no payout", roleName, rewards[i],
                            evidence.apply(outcomes.get(i)), rewards[i] > 0 ? "has no weight" : "is not positive");
            payouts.add(new Payout(ids[i], role, amounts[i], rewards[i], reason));
        }
        return payouts;
    }

    private static boolean noneEarned(List<Payout> payouts) {
        return payouts.stream().allMatch(p -> p.amount() == 0);
    }

    private static double costShare(long cost, long maxCost) {
        return maxCost == 0 ? 0 : (double) cost / maxCost;
    }

    private static <T> List<T> sortedBy(List<T> outcomes, Function<T, String> id) {
        return outcomes.stream().sorted(Comparator.comparing(id)).toList();
    }

    /** A node may hold both roles in different rounds, but never twice in one role in the same round. */
    private static void requireUniqueIds(List<InferenceOutcome> inference, List<EvaluatorOutcome> evaluators) {
        Set<String> seen = new HashSet<>();
        for (InferenceOutcome outcome : inference) {
            if (!seen.add(outcome.nodeId())) {
                throw new IllegalArgumentException("inference node " + outcome.nodeId() + " appears twice");
            }
        }
        seen.clear();
        for (EvaluatorOutcome outcome : evaluators) {
            if (!seen.add(outcome.evaluatorId())) {
                throw new IllegalArgumentException("evaluator " + outcome.evaluatorId() + " appears twice");
            }
        }
        if (inference.stream().anyMatch(o -> PROTOCOL_ACCOUNT.equals(o.nodeId()))
                || evaluators.stream().anyMatch(o -> PROTOCOL_ACCOUNT.equals(o.evaluatorId()))) {
            throw new IllegalArgumentException("'" + PROTOCOL_ACCOUNT + "' is reserved for the protocol");
        }
    }
}
