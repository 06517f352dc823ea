package dev.concord.platform;

/** An evaluator node of the local swarm: the scorer it runs (minilm, bge, lexical), its stake and its price. */
public record EvaluatorSpec(String nodeId, String operatorId, String scorer, long stakeMicros, long pricePerSheetMicros) {

    public static EvaluatorSpec of(String nodeId, String operatorId, String scorer) {
        return new EvaluatorSpec(nodeId, operatorId, scorer, 100_000_000, 2_000);
    }
}
