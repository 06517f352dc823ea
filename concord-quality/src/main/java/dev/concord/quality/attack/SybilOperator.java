package dev.concord.quality.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A Sybil operator [ours, from peer networks]: one operator runs many evaluator identities with its stake split
 * between them, to hold more seats in evaluator samples than its stake alone would buy. It forms one opinion per
 * round (honest or any attack) and every identity submits that same sheet, which is what gives a Sybil group
 * away: its members' scores move together.
 *
 * @param operatorId the operator behind the identities
 * @param identities how many identities it runs, {@code >= 1}
 * @param behaviour  how it scores
 */
public record SybilOperator(String operatorId, int identities, EvaluatorAttack behaviour) {

    public SybilOperator {
        if (operatorId == null || operatorId.isBlank() || identities < 1 || behaviour == null) {
            throw new IllegalArgumentException("a Sybil operator needs an id, at least one identity and a behaviour");
        }
    }

    /** {@code operatorId#0 .. operatorId#(n-1)}. */
    public List<String> identityIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < identities; i++) {
            ids.add(operatorId + "#" + i);
        }
        return ids;
    }

    /** The operator's stake split evenly; the first identities get the units that do not divide evenly. */
    public long[] splitStake(long stake) {
        if (stake < 0) {
            throw new IllegalArgumentException("stake must not be negative: " + stake);
        }
        long[] parts = new long[identities];
        for (int i = 0; i < identities; i++) {
            parts[i] = stake / identities + (i < stake % identities ? 1 : 0);
        }
        return parts;
    }

    /** The sheet every identity submits this round, keyed by identity id, in identity order. */
    public Map<String, double[]> sheets(ScoringContext context, RandomGenerator random) {
        double[] sheet = behaviour.score(context, random);
        Map<String, double[]> sheets = new LinkedHashMap<>();
        for (String id : identityIds()) {
            sheets.put(id, sheet.clone());
        }
        return sheets;
    }
}
