package dev.concord.modelsim;

import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;

import java.util.List;

/**
 * Starts the default swarm: {@code java dev.concord.modelsim.ModelSimMain [basePort]} (default 9100).
 * Prints one line per model, runs until SIGTERM or Ctrl-C, then closes every server from a shutdown hook.
 */
public final class ModelSimMain {

    public static final int DEFAULT_BASE_PORT = 9100;

    private ModelSimMain() {
    }

    public static void main(String[] args) {
        int basePort = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_BASE_PORT;
        List<SimulatedModel> models = ModelSimSwarm.defaultModels();
        ModelSimSwarm swarm = ModelSimSwarm.start(models, basePort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            swarm.close();
            System.out.println("model-sim stopped");
        }, "model-sim-shutdown"));
        for (int i = 0; i < models.size(); i++) {
            ModelSimServer server = swarm.servers().get(i);
            System.out.printf("%-20s %-14s %s%n", server.modelId(), models.get(i).tier(), server.baseUrl());
        }
        // The servers' dispatcher threads are not daemons: the JVM keeps serving after main returns.
    }
}
