package dev.concord.platform;

import dev.concord.modelsim.model.SimulatedModel;

/**
 * An inference node of the local swarm, what it charges and stakes, and the simulated model server behind it.
 *
 * @param operator the name of its operator's key (in {@code <home>/keys/operators/}, created on first use); the
 *                 operator id the registry knows is derived from that key
 */
public record InferenceNodeSpec(String nodeId, String operator, SimulatedModel model, long pricePer1kTokensMicros,
                                long stakeMicros) {

    public static InferenceNodeSpec of(String nodeId, String operator, SimulatedModel model) {
        return new InferenceNodeSpec(nodeId, operator, model, 2_000, 100_000_000);
    }
}
