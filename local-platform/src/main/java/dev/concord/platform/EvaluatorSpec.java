package dev.concord.platform;

/**
 * An evaluator node of the local swarm: the scorer it runs (minilm, bge, lexical), its stake and its price.
 *
 * @param operator the name of its operator's key (in {@code <home>/keys/operators/}, created on first use); the
 *                 operator id the registry knows is derived from that key
 */
public record EvaluatorSpec(String nodeId, String operator, String scorer, long stakeMicros, long pricePerSheetMicros) {

    public static EvaluatorSpec of(String nodeId, String operator, String scorer) {
        return new EvaluatorSpec(nodeId, operator, scorer, 100_000_000, 2_000);
    }
}
