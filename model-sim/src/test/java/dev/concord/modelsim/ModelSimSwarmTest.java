package dev.concord.modelsim;

import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
    void startsOnConsecutivePorts() throws IOException {
        int base = freeConsecutivePorts(2);
        try (ModelSimSwarm swarm = ModelSimSwarm.start(twoModels(), base)) {
            assertThat(swarm.servers()).extracting(ModelSimServer::port).containsExactly(base, base + 1);
        }
    }

    @Test
    void startsNothingWhenAPortIsTaken() throws IOException {
        int base = freeConsecutivePorts(2);
        try (ServerSocket squatter = bind(base + 1)) {
            assertThatThrownBy(() -> ModelSimSwarm.start(twoModels(), base)).hasMessageContaining("port " + (base + 1));
        }
        try (ServerSocket firstPortIsFreeAgain = bind(base)) {
            assertThat(firstPortIsFreeAgain.getLocalPort()).isEqualTo(base);
        }
    }

    private static List<SimulatedModel> twoModels() {
        return List.of(SimulatedModel.of("a", QualityTier.EXACT), SimulatedModel.of("b", QualityTier.PARTIAL));
    }

    /**
     * Picks ports below Linux's ephemeral range (32768+), so that no other process's outgoing connection takes one
     * between this check and the test's bind; an ephemeral port's neighbour was taken once in CI.
     */
    private static int freeConsecutivePorts(int count) throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + random.nextInt(10_000);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IOException("no " + count + " consecutive free ports found in 20000-30000");
    }

    private static boolean allFree(int base, int count) {
        List<ServerSocket> bound = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                bound.add(bind(base + i));
            }
            return true;
        } catch (IOException taken) {
            return false;
        } finally {
            bound.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a probe socket cannot lose anything
                }
            });
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }
}
