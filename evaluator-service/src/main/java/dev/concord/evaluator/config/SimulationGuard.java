package dev.concord.evaluator.config;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Attack behaviours exist to simulate a hostile network. A production agent must never run one, so the agent refuses
 * to start when the {@code prod} profile is active and any hosted node names an attack: a misplaced line of
 * configuration cannot turn a real evaluator malicious.
 */
final class SimulationGuard {

    static final String PRODUCTION_PROFILE = "prod";

    private SimulationGuard() {
    }

    static void check(EvaluatorProperties properties, Environment environment) {
        if (properties.anyAttack() && environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            throw new IllegalStateException("concord.evaluator: attack behaviours are for simulations only and the '"
                    + PRODUCTION_PROFILE + "' profile is active; remove concord.evaluator.nodes[*].attack from "
                    + properties.nodes().stream().filter(n -> n.attack() != null).map(EvaluatorProperties.Node::id)
                    .toList());
        }
    }
}
