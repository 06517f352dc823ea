package dev.concord.bench.scenario;

import java.util.Map;

/**
 * One evaluator attack of the grid, as the scenario file names it.
 *
 * @param name       an attack of PROOF-OF-QUALITY section 3 (noise, boosting, sabotage, intermittent, collusion,
 *                   sybil, constant, copier, inverted)
 * @param label      the name in tables and file names; the attack's name when absent
 * @param parameters numeric parameters by name (sigma, boost, penalty, probability, shift, value); absent ones
 *                   take the attack's default
 * @param wraps      for intermittent and sybil: the attack run in attack rounds / by every identity
 * @param node       for collusion (or a sybil or intermittent attack wrapping it): the node the group promotes
 */
public record AttackSpec(String name, String label, Map<String, Double> parameters, String wraps, String node) {

    public AttackSpec {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public String displayName() {
        return label == null || label.isBlank() ? name : label;
    }

    public double parameter(String key, double fallback) {
        return parameters.getOrDefault(key, fallback);
    }
}
