package dev.concord.modelsim;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.LatencyModel;
import dev.concord.modelsim.model.Misbehaviour;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;

import java.util.ArrayList;
import java.util.List;

/** Several simulated model servers in one JVM, on consecutive ports (or all ephemeral with base port 0). */
public final class ModelSimSwarm implements AutoCloseable {

    private final List<ModelSimServer> servers;

    private ModelSimSwarm(List<ModelSimServer> servers) {
        this.servers = List.copyOf(servers);
    }

    /** Starts one server per model on basePort, basePort + 1, ...; if any port is taken, none stays running. */
    public static ModelSimSwarm start(List<SimulatedModel> models, int basePort) {
        List<ModelSimServer> started = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i++) {
                started.add(ModelSimServer.start(models.get(i), basePort == 0 ? 0 : basePort + i));
            }
            return new ModelSimSwarm(started);
        } catch (RuntimeException e) {
            started.forEach(ModelSimServer::close);
            throw e;
        }
    }

    /**
     * Six models of mixed quality with small latencies: one exact, two paraphrasing, one partial, one that swaps
     * the key entity, and one that hallucinates and tries a prompt injection on a quarter of its answers.
     */
    public static List<SimulatedModel> defaultModels() {
        return List.of(
                model("sim-exact", QualityTier.EXACT, 40, 1),
                model("sim-paraphrase-a", QualityTier.PARAPHRASE, 30, 2),
                model("sim-paraphrase-b", QualityTier.PARAPHRASE, 60, 3),
                model("sim-partial", QualityTier.PARTIAL, 20, 4),
                model("sim-wrong-entity", QualityTier.WRONG_ENTITY, 50, 5),
                model("sim-hallucination", QualityTier.HALLUCINATION, 80, 6)
                        .withMisbehaviour(Misbehaviour.injection(0.25)));
    }

    public List<ModelSimServer> servers() {
        return servers;
    }

    public List<String> baseUrls() {
        return servers.stream().map(ModelSimServer::baseUrl).toList();
    }

    @Override
    public void close() {
        servers.forEach(ModelSimServer::close);
    }

    private static SimulatedModel model(String name, QualityTier tier, long medianMillis, long seed) {
        return SimulatedModel.of(name, tier).withLatency(LatencyModel.lognormal(medianMillis, 0.35)).withSeed(seed);
    }
}
