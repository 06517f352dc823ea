package dev.concord.bench.sim;

/**
 * A member of the evaluator population.
 *
 * @param id        its id (a Sybil operator's identities are named after the operator)
 * @param scorer    index of its honest scorer kind
 * @param noise     sigma of its own noise on top of the scorer
 * @param malicious whether it runs the cell's attack
 */
public record Evaluator(String id, int scorer, double noise, boolean malicious) {
}
