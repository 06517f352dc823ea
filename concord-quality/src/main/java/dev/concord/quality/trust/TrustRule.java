package dev.concord.quality.trust;

import java.util.Map;
import java.util.SortedMap;

/**
 * Updates evaluator trust after a round (PROOF-OF-QUALITY.md step 8). Consensus picks a rule by name and
 * stores the returned states; a rule is a pure function of the states and the round, so a round can be
 * recomputed from its recorded inputs.
 */
public interface TrustRule {

    /** The stable name consensus configures and records. */
    String name();

    /** The state of an evaluator this rule has never seen. */
    TrustState newcomer();

    /**
     * @param current trust state per evaluator before the round; evaluators missing here start as {@link #newcomer()}
     * @param round   the round's scores and consensus
     * @return the new state of every evaluator that scored the round, sorted by id; others are not included and
     *         keep their state
     */
    SortedMap<String, TrustState> update(Map<String, TrustState> current, RoundScores round);
}
