package dev.concord.platform;

import dev.concord.modelsim.model.SimulatedModel;

/** An inference node of the local swarm, what it charges and stakes, and the simulated model server behind it. */
public record InferenceNodeSpec(String nodeId, String operatorId, SimulatedModel model, long pricePer1kTokensMicros,
                                long stakeMicros) {

    public static InferenceNodeSpec of(String nodeId, String operatorId, SimulatedModel model) {
        return new InferenceNodeSpec(nodeId, operatorId, model, 2_000, 100_000_000);
    }
}
