package dev.concord.quality.trust;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * S2's multiplicative trust update, its Eq. 21: {@code w <- clip(w * (1 + lambda * (0.5 - d)), w_min, w_max)}.
 *
 * <p>Kept as the paper's baseline. Its known weakness: the pivot 0.5 is absolute, so every evaluator whose
 * deviation stays under 0.5 (nearly every attacker of section 3) grows every round until all sit at w_max
 * and the weighted rules degrade to their plain forms; and an intermittent attacker regains in a few clean
 * rounds what it lost. {@link AdaptiveTrustRule} addresses both.
 */
public record MultiplicativeTrustRule(TrustParameters parameters) implements TrustRule {

    public static final String NAME = "multiplicative";

    public MultiplicativeTrustRule() {
        this(TrustParameters.defaults());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TrustState newcomer() {
        return TrustState.newcomer(parameters.initialWeight());
    }

    /** Eq. 21 for one evaluator. */
    public double nextWeight(double weight, double deviation) {
        return parameters.clip(weight * (1 + parameters.lambda() * (0.5 - deviation)));
    }

    @Override
    public SortedMap<String, TrustState> update(Map<String, TrustState> current, RoundScores round) {
        SortedMap<String, TrustState> next = new TreeMap<>();
        for (String id : round.evaluatorIds()) {
            TrustState before = current.getOrDefault(id, newcomer());
            double deviation = round.deviation(id);
            next.put(id, before.next(nextWeight(before.weight(), deviation), deviation, 0, 0, 0));
        }
        return next;
    }
}
