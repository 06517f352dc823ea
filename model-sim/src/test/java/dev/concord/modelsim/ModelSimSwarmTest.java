package dev.concord.modelsim;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSimSwarmTest {

    @Test
    void defaultSwarmIsSixModelsOfMixedQualityEachServingItsOwnId() throws Exception {
        List<SimulatedModel> models = ModelSimSwarm.defaultModels();
        assertThat(models).extracting(SimulatedModel::tier).containsExactly(QualityTier.EXACT, QualityTier.PARAPHRASE,
                QualityTier.PARAPHRASE, QualityTier.PARTIAL, QualityTier.WRONG_ENTITY, QualityTier.HALLUCINATION);
        HttpClient client = HttpClient.newHttpClient();
        try (ModelSimSwarm swarm = ModelSimSwarm.start(models, 0)) {
            assertThat(swarm.baseUrls()).hasSize(6).doesNotHaveDuplicates()
                    .allSatisfy(url -> assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/v1"));
            for (int i = 0; i < models.size(); i++) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(swarm.baseUrls().get(i) + "/models")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.body()).contains("\"id\":\"" + models.get(i).name() + "\"");
            }
        }
    }

    @Test
    void startsOnConsecutivePortsAndStartsNothingWhenAPortIsTaken() {
        List<SimulatedModel> two = List.of(SimulatedModel.of("a", QualityTier.EXACT),
                SimulatedModel.of("b", QualityTier.PARTIAL));
        int base;
        try (ModelSimServer probe = ModelSimServer.start(two.get(0), 0)) {
            base = probe.port();
        }
        try (ModelSimSwarm swarm = ModelSimSwarm.start(two, base)) {
            assertThat(swarm.servers()).extracting(ModelSimServer::port).containsExactly(base, base + 1);
            assertThatThrownBy(() -> ModelSimSwarm.start(List.of(SimulatedModel.of("c", QualityTier.EXACT)), base + 1))
                    .hasMessageContaining("port " + (base + 1));
        }
    }
}
