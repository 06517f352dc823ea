package dev.concord.runtime.identity;

import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.RegistrationProof;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node joins through the registry API of reward-service, the registry authority: it proves its key on a fresh
 * challenge for every call, registers with its stake and its operator's endorsement (a new node, or one that
 * exited) and activates itself. The registry then publishes the entry, signed as the authority. Waits for the
 * registry to come up (services start together). A node still registered under a declared operator id (from before
 * operator keys) is exited and registered again, which links it to its proven operator.
 */
public class RegistryApiEnrolment implements NodeEnrolment {

    private static final Logger log = LoggerFactory.getLogger(RegistryApiEnrolment.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REGISTRY_WAIT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String registryUrl;

    public RegistryApiEnrolment(String registryUrl) {
        this.registryUrl = registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1) : registryUrl;
    }

    @Override
    public void join(NodeIdentity node) {
        HttpResponse<String> known = awaitRegistry(node);
        JsonNode registered = known.statusCode() == 404 ? null : JSON.readTree(known.body());
        String status = registered == null ? "EXITED" : registered.path("status").asString();
        if (registered != null && !status.equals("EXITED")) {
            status = checkOperator(node, registered, status);
        }
        if (status.equals("EXITED")) {
            require(post("/v1/nodes", registration(node)), 201, "register", node);
            status = "PENDING";
        }
        if (!status.equals("ACTIVE")) {
            HttpResponse<String> activated = changeStatus(node, "ACTIVE");
            if (activated.statusCode() == 409 && activated.body().contains("\"node_jailed\"")) {
                // a jailed node is a legal state, not a broken agent: the agent's other nodes still serve
                log.warn("node {} stays out of selection: {}", node.nodeId(), activated.body());
                return;
            }
            require(activated, 200, "activate", node);
        }
    }

    /**
     * The status to go on from for a node the registry holds, not exited: EXITED after exiting a node registered
     * before operator keys (its operator id was declared; registering again links it to its proven operator).
     *
     * @throws IllegalStateException when another proven operator holds the node: it must not run under that one
     */
    private String checkOperator(NodeIdentity node, JsonNode registered, String status) {
        String registeredOperator = registered.path("operatorId").asString();
        if (!registered.hasNonNull("operatorPublicKey")) {
            log.info("node {} was registered under declared operator {}; registering it again under operator {}",
                    node.nodeId(), registeredOperator, node.operatorId());
            require(changeStatus(node, "EXITED"), 200, "exit", node);
            return "EXITED";
        }
        if (!registeredOperator.equals(node.operatorId())) {
            throw new IllegalStateException("node " + node.nodeId() + " is registered under operator "
                    + registeredOperator + ", not under " + node.operatorId() + ", the operator its configured key "
                    + "gives; a node cannot change operator: give it a new node id");
        }
        return status;
    }

    /** The node's registration: proven with its key and endorsed by its operator's, both on one fresh challenge. */
    private Map<String, Object> registration(NodeIdentity node) {
        JsonNode challenge = challenge(node);
        String challengeId = challenge.path("challengeId").asString();
        String nonce = challenge.path("nonce").asString();
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("nodeId", node.nodeId());
        registration.put("role", node.role().name());
        registration.put("operatorId", node.operatorId());
        registration.put("operatorPublicKey", node.operator().publicKey());
        registration.put("publicKey", NodeKeys.encodePublic(node.keys().getPublic()));
        registration.put("model", node.model());
        registration.put("pricePer1kTokensMicros", node.pricePer1kTokensMicros());
        registration.put("stakeMicros", node.stakeMicros());
        registration.put("challengeId", challengeId);
        registration.put("signature", RegistrationProof.sign(node.keys().getPrivate(), node.nodeId(), nonce));
        registration.put("operatorSignature",
                node.operator().endorse(challengeId, nonce, node.nodeId(), node.keys().getPublic(), node.role()));
        return registration;
    }

    @Override
    public void leave(NodeIdentity node) {
        try {
            HttpResponse<String> response = changeStatus(node, "EXITED");
            if (response.statusCode() != 200) {
                log.warn("could not mark node {} exited: {}", node.nodeId(), response.body());
            }
        } catch (RuntimeException e) {
            log.warn("could not mark node {} exited: {}", node.nodeId(), e.getMessage());
        }
    }

    private HttpResponse<String> changeStatus(NodeIdentity node, String status) {
        Map<String, Object> body = new LinkedHashMap<>(proof(node));
        body.put("status", status);
        return post("/v1/nodes/" + node.nodeId() + "/status", body);
    }

    /** A fresh challenge for the node, signed with its key. */
    private Map<String, Object> proof(NodeIdentity node) {
        JsonNode challenge = challenge(node);
        return Map.of("challengeId", challenge.path("challengeId").asString(), "signature",
                RegistrationProof.sign(node.keys().getPrivate(), node.nodeId(), challenge.path("nonce").asString()));
    }

    private JsonNode challenge(NodeIdentity node) {
        HttpResponse<String> response = post("/v1/registry/challenges", Map.of("nodeId", node.nodeId()));
        require(response, 201, "get a challenge for", node);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> awaitRegistry(NodeIdentity node) {
        Instant deadline = Instant.now().plus(REGISTRY_WAIT);
        while (true) {
            try {
                return send(HttpRequest.newBuilder(URI.create(registryUrl + "/v1/nodes/" + node.nodeId())).GET());
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof ConnectException) || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                log.info("registry at {} not up yet; node {} waits", registryUrl, node.nodeId());
                sleep();
            }
        }
    }

    private HttpResponse<String> post(String path, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(URI.create(registryUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("registry at " + registryUrl + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void require(HttpResponse<String> response, int status, String what, NodeIdentity node) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("registry refused to " + what + " node " + node.nodeId() + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
