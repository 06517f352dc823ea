package dev.concord.inference.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.modelsim.ModelSimMain;
import dev.concord.modelsim.ModelSimSwarm;
import dev.concord.modelsim.model.SimulatedModel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped application.yml binds, and its nodes ask model-sim's default swarm for the models it serves. */
class InferencePropertiesTest {

    @Test
    void theShippedConfigurationHostsFiveNodesOnTheDefaultModelSimSwarm() throws IOException {
        InferenceProperties properties = bind(shippedConfiguration());

        assertThat(properties.nodes()).extracting(NodeProperties::id)
                .containsExactly("inf-1", "inf-2", "inf-3", "inf-4", "inf-5");
        assertThat(properties.nodes()).extracting(NodeProperties::operator)
                .containsExactly("op-i1", "op-i2", "op-i3", "op-i4", "op-i5");
        List<SimulatedModel> swarm = ModelSimSwarm.defaultModels();
        for (NodeProperties node : properties.nodes()) {
            int slot = node.modelServerUrl().getPort() - ModelSimMain.DEFAULT_BASE_PORT;
            assertThat(node.model()).as("model served on port %d", node.modelServerUrl().getPort())
                    .isEqualTo(swarm.get(slot).name());
            assertThat(node.modelServerUrl().getPath()).isEqualTo("/v1");
            assertThat(node.apiKey()).isEmpty();
            assertThat(node.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        }
    }

    @Test
    void aNodeHostedTwiceIsRejectedAtStartUp() {
        StandardEnvironment environment = environment(Map.of(
                "concord.inference.agent-id", "agent",
                "concord.inference.key-dir", "/tmp/keys",
                "concord.inference.nodes[0].id", "inf-1",
                "concord.inference.nodes[0].operator", "op",
                "concord.inference.nodes[0].model-server-url", "http://127.0.0.1:9101/v1",
                "concord.inference.nodes[0].model", "m",
                "concord.inference.nodes[1].id", "inf-1",
                "concord.inference.nodes[1].operator", "op",
                "concord.inference.nodes[1].model-server-url", "http://127.0.0.1:9102/v1",
                "concord.inference.nodes[1].model", "m"));

        assertThatThrownBy(() -> bind(environment)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("names node inf-1 twice");
    }

    @Test
    void aNodeWithoutAModelNamesTheMissingProperty() {
        StandardEnvironment environment = environment(Map.of(
                "concord.inference.agent-id", "agent",
                "concord.inference.key-dir", "/tmp/keys",
                "concord.inference.nodes[0].id", "inf-1",
                "concord.inference.nodes[0].operator", "op",
                "concord.inference.nodes[0].model-server-url", "http://127.0.0.1:9101/v1"));

        assertThatThrownBy(() -> bind(environment)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("concord.inference.nodes[].model of node inf-1 must be set");
    }

    private static InferenceProperties bind(StandardEnvironment environment) {
        return Binder.get(environment).bind("concord.inference", InferenceProperties.class).get();
    }

    private static StandardEnvironment shippedConfiguration() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
