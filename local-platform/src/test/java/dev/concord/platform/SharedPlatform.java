package dev.concord.platform;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.LatencyModel;
import dev.concord.modelsim.model.SimulatedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The platform the end-to-end classes share: starting it takes minutes, so it starts once per test JVM, for the
 * first class that asks for a {@link LocalPlatform} parameter, and lives in the root store, which JUnit closes (and
 * with it the platform) when the whole run ends.
 */
final class SharedPlatform implements ParameterResolver {

    static final String QUESTION = "What is the capital of Australia?";
    /** What the clearly best node, inf-best, answers to {@link #QUESTION}; the other nodes talk about something else. */
    static final String REFERENCE = "The capital of Australia is Canberra.";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPlatform.class;
    }

    @Override
    public LocalPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(LocalPlatform.class, type -> start(), LocalPlatform.class);
    }

    private static LocalPlatform start() {
        Path home;
        try {
            home = Files.createTempDirectory("concord-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InferenceNodeSpec> nodes = List.of(
                InferenceNodeSpec.of("inf-best", "op-best", model("sim-exact", QualityTier.EXACT)),
                InferenceNodeSpec.of("inf-off-a", "op-off-a", model("sim-off-topic-a", QualityTier.OFF_TOPIC)),
                InferenceNodeSpec.of("inf-off-b", "op-off-b", model("sim-off-topic-b", QualityTier.OFF_TOPIC)));
        List<EvaluatorSpec> evaluators = List.of(EvaluatorSpec.of("eval-a", "op-ea", "minilm"),
                EvaluatorSpec.of("eval-b", "op-eb", "minilm"), EvaluatorSpec.of("eval-c", "op-ec", "bge"));
        PlatformConfig config = new PlatformConfig(home, false, 0, 0, 0, 0,
                new PlatformConfig.ServicePorts(0, 0, 0, 0, 0), nodes, evaluators, 3, 3, false);
        return LocalPlatform.start(config, ServiceJars.locate());
    }

    private static SimulatedModel model(String name, QualityTier tier) {
        return SimulatedModel.of(name, tier).withLatency(LatencyModel.lognormal(20, 0.2));
    }
}
