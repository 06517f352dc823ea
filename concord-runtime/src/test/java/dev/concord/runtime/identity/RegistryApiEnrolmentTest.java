package dev.concord.runtime.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorEndorsement;
import dev.concord.protocol.crypto.OperatorIds;
import dev.concord.protocol.crypto.RegistrationProof;
import dev.concord.protocol.event.NodeRole;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agent's side of registration against a stand-in registry that records what it is sent. */
class RegistryApiEnrolmentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OperatorKey operator = OperatorKey.of(NodeKeys.generate());
    private final NodeIdentity node = new NodeIdentity("eval-1", NodeRole.EVALUATOR, operator, "minilm", 2_000,
            100_000_000, NodeKeys.generate());
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> registrations = new CopyOnWriteArrayList<>();
    private HttpServer registry;
    private volatile String registeredAs;
    private volatile int activationStatus = 200;
    private volatile String activationBody = "{}";

    @AfterEach
    void stop() {
        registry.stop(0);
    }

    @Test
    void aNewNodeRegistersWithItsOperatorsEndorsementOnItsOwnChallenge() {
        start(null);

        new RegistryApiEnrolment(url()).join(node);

        assertThat(calls).containsExactly("GET /v1/nodes/eval-1", "POST /v1/registry/challenges", "POST /v1/nodes",
                "POST /v1/registry/challenges", "POST /v1/nodes/eval-1/status ACTIVE");
        JsonNode registration = registrations.get(0);
        String publicKey = NodeKeys.encodePublic(node.keys().getPublic());
        assertThat(registration.get("operatorId").asString()).isEqualTo(OperatorIds.of(operator.keys().getPublic()));
        assertThat(registration.get("operatorPublicKey").asString()).isEqualTo(operator.publicKey());
        assertThat(RegistrationProof.verify(node.keys().getPublic(), "eval-1", "nonce-1",
                registration.get("signature").asString())).isTrue();
        assertThat(new OperatorEndorsement("ch-1", "nonce-1", "eval-1", publicKey, NodeRole.EVALUATOR,
                operator.operatorId()).verify(operator.keys().getPublic(),
                registration.get("operatorSignature").asString())).isTrue();
    }

    @Test
    void aNodeStillUnderADeclaredOperatorIdExitsAndRegistersAgainUnderItsProvenOperator() {
        start("{\"nodeId\":\"eval-1\",\"status\":\"ACTIVE\",\"operatorId\":\"op-e1\",\"operatorPublicKey\":null}");

        new RegistryApiEnrolment(url()).join(node);

        assertThat(calls).containsSubsequence("POST /v1/nodes/eval-1/status EXITED", "POST /v1/nodes",
                "POST /v1/nodes/eval-1/status ACTIVE");
        assertThat(registrations.get(0).get("operatorId").asString()).isEqualTo(operator.operatorId());
    }

    @Test
    void aNodeOfAnotherProvenOperatorIsNotTakenOver() {
        OperatorKey other = OperatorKey.of(NodeKeys.generate());
        start("{\"nodeId\":\"eval-1\",\"status\":\"ACTIVE\",\"operatorId\":\"" + other.operatorId()
                + "\",\"operatorPublicKey\":\"" + other.publicKey() + "\"}");

        assertThatThrownBy(() -> new RegistryApiEnrolment(url()).join(node))
                .hasMessageContaining("cannot change operator").hasMessageContaining(other.operatorId());
        assertThat(calls).containsExactly("GET /v1/nodes/eval-1");
    }

    @Test
    void aJailedNodeStaysOutWithoutFailingTheAgent() {
        start(jailed());
        refuseActivation("{\"error\":{\"message\":\"node 'eval-1' is jailed until 2026-11-26T15:00:00Z\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"node_jailed\"}}");

        new RegistryApiEnrolment(url()).join(node);

        assertThat(calls).containsExactly("GET /v1/nodes/eval-1", "POST /v1/registry/challenges",
                "POST /v1/nodes/eval-1/status ACTIVE");
    }

    @Test
    void anyOtherRefusedActivationStopsTheAgent() {
        start(jailed());
        refuseActivation("{\"error\":{\"message\":\"node 'eval-1' has 0 micros staked, below the minimum\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"illegal_transition\"}}");

        assertThatThrownBy(() -> new RegistryApiEnrolment(url()).join(node)).hasMessageContaining("below the minimum");
    }

    private String jailed() {
        return "{\"nodeId\":\"eval-1\",\"status\":\"JAILED\",\"operatorId\":\"" + operator.operatorId()
                + "\",\"operatorPublicKey\":\"" + operator.publicKey() + "\",\"publicKey\":\""
                + NodeKeys.encodePublic(node.keys().getPublic()) + "\"}";
    }

    private void refuseActivation(String body) {
        activationStatus = 409;
        activationBody = body;
    }

    /** A registry that knows the node as {@code known} (null: not at all) and accepts every call. */
    private void start(String known) {
        registeredAs = known;
        try {
            registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        registry.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String call = exchange.getRequestMethod() + " " + path;
            if (path.endsWith("/status")) {
                call += " " + JSON.readTree(body).get("status").asString();
            }
            calls.add(call);
            if (call.startsWith("GET")) {
                reply(exchange, registeredAs == null ? 404 : 200, registeredAs == null ? "{}" : registeredAs);
            } else if (path.equals("/v1/registry/challenges")) {
                long n = calls.stream().filter(c -> c.equals("POST /v1/registry/challenges")).count();
                reply(exchange, 201, "{\"challengeId\":\"ch-" + n + "\",\"nonce\":\"nonce-" + n + "\"}");
            } else if (path.equals("/v1/nodes")) {
                registrations.add(JSON.readTree(body));
                reply(exchange, 201, "{}");
            } else if (call.endsWith("status ACTIVE")) {
                reply(exchange, activationStatus, activationBody);
            } else {
                reply(exchange, 200, "{}");
            }
        });
        registry.start();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String url() {
        return "http://127.0.0.1:" + registry.getAddress().getPort();
    }
}
