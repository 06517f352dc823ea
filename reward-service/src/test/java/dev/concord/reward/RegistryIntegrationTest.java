package dev.concord.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.Topics;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.RegistrationProof;
import dev.concord.protocol.crypto.SignatureVerifier;
import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.reward.registry.IllegalTransitionException;
import dev.concord.reward.registry.NodeRegistrar;
import dev.concord.reward.support.ApiClient;
import dev.concord.reward.support.Decisions;
import dev.concord.testsupport.KafkaTestConsumer;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The node registry over HTTP on the real PostgreSQL and Kafka: proof of key, stake and fee, the legal states, the
 * signed entries on the compacted registry topic, slashing, and withdrawals of unbonded stake only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"concord.reward.registry.registration-fee-micros=1000000",
                "concord.reward.registry.minimum-stake-micros=10000000", "concord.reward.slashing.deviation-rounds=3",
                "concord.reward.slashing.deviation-slash-basis-points=1000"})
class RegistryIntegrationTest extends RewardServiceIntegrationTest {

    private static final long STAKE = 25_000_000;

    @Autowired
    NodeRegistrar registrar;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String nodeId = "inf-" + run;
    private final String operatorId = "op-" + run;
    private final KeyPair keys = NodeKeys.generate();

    @Test
    void aNodeRegistersWithProofStakeAndFeeThenIsActivatedAndPublishedSignedByTheRegistry() {
        long protocolBefore = balance("protocol");

        HttpResponse<String> registered = register(nodeId, keys, STAKE);

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode node = ApiClient.json(registered);
        assertThat(node.get("status").asString()).isEqualTo("PENDING");
        assertThat(node.get("stakeMicros").asLong()).isEqualTo(STAKE);
        assertThat(balance("stake:" + nodeId)).isEqualTo(STAKE);
        assertThat(balance("protocol") - protocolBefore).as("registration fee").isEqualTo(1_000_000);

        HttpResponse<String> activated = status(nodeId, keys, "ACTIVE");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        assertThat(ApiClient.json(activated).get("status").asString()).isEqualTo("ACTIVE");

        RegistryEntry entry = codec.decode(KafkaTestConsumer.awaitRecord(Topics.REGISTRY,
                r -> nodeId.equals(r.key()) && r.value().contains("\"ACTIVE\""), WAIT).value(), RegistryEntry.class);
        assertThat(entry.stakeMicros()).isEqualTo(STAKE);
        assertThat(entry.operatorId()).isEqualTo(operatorId);
        assertThat(entry.publicKey()).isEqualTo(NodeKeys.encodePublic(keys.getPublic()));
        String authority = ApiClient.json(api.get("/v1/registry/authority")).get("publicKey").asString();
        assertThat(new SignatureVerifier(codec).verify(entry, NodeKeys.decodePublic(authority))).isTrue();
        assertThat(new SignatureVerifier(codec).verify(entry, keys.getPublic())).as("not self-signed").isFalse();
        assertThat(ApiClient.json(api.get("/v1/nodes/" + nodeId)).get("statusHistory")).hasSize(2);
    }

    @Test
    void aProofFromAnotherKeyAReusedChallengeOrAStakeBelowTheMinimumRegistersNothing() {
        JsonNode challenge = challenge(nodeId);
        HttpResponse<String> forged = api.post("/v1/nodes", registration(nodeId, keys, STAKE,
                challenge.get("challengeId").asString(),
                RegistrationProof.sign(NodeKeys.generate().getPrivate(), nodeId, challenge.get("nonce").asString())));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(forged).get("error").get("code").asString()).isEqualTo("invalid_proof");

        HttpResponse<String> tooSmall = register(nodeId, keys, 9_999_999);
        assertThat(tooSmall.statusCode()).isEqualTo(400);

        JsonNode used = challenge(nodeId);
        String signature = RegistrationProof.sign(keys.getPrivate(), nodeId, used.get("nonce").asString());
        assertThat(api.post("/v1/nodes", registration(nodeId, keys, STAKE, used.get("challengeId").asString(), signature))
                .statusCode()).isEqualTo(201);
        assertThat(api.post("/v1/nodes", registration(nodeId, keys, STAKE, used.get("challengeId").asString(), signature))
                .statusCode()).as("a replayed proof").isEqualTo(403);
        assertThat(balance("stake:" + nodeId)).isEqualTo(STAKE);

        JsonNode otherNodes = challenge("other-" + run);
        assertThat(status(nodeId, keys, "ACTIVE", otherNodes).statusCode()).as("a challenge for another node")
                .isEqualTo(403);
    }

    @Test
    void onlyLegalTransitionsAndOnlyUnbondedStakeIsWithdrawn() {
        register(nodeId, keys, STAKE);
        assertThat(withdraw(nodeId, 1).statusCode()).as("bonded stake").isEqualTo(409);
        Assertions.assertThatThrownBy(() -> registrar.jail(nodeId, "test")).as("PENDING -> JAILED")
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(status(nodeId, keys, "JAILED").statusCode()).isEqualTo(409);
        status(nodeId, keys, "ACTIVE");
        assertThat(status(nodeId, keys, "ACTIVE").statusCode()).as("ACTIVE -> ACTIVE").isEqualTo(409);
        registrar.jail(nodeId, "missed rounds");

        assertThat(status(nodeId, keys, "EXITED").statusCode()).isEqualTo(200);
        assertThat(balance("stake:" + nodeId)).isZero();
        assertThat(balance("unbonded:" + nodeId)).isEqualTo(STAKE);
        assertThat(withdraw(nodeId, STAKE + 1).statusCode()).isEqualTo(409);
        HttpResponse<String> withdrawn = withdraw(nodeId, 5_000_000);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(201);
        assertThat(ApiClient.json(withdrawn).get("unbondedMicros").asLong()).isEqualTo(STAKE - 5_000_000);
        assertThat(status(nodeId, keys, "ACTIVE").statusCode()).as("EXITED -> ACTIVE").isEqualTo(409);

        HttpResponse<String> again = register(nodeId, keys, STAKE);
        assertThat(again.statusCode()).as("an exited node registers again").isEqualTo(201);
        assertThat(ApiClient.json(again).get("statusHistory")).extracting(h -> h.get("status").asString())
                .containsExactly("PENDING", "ACTIVE", "JAILED", "EXITED", "PENDING");
    }

    @Test
    void slashingTakesStakeOncePerFaultAndIsInTheNodesHistory() {
        register(nodeId, keys, STAKE);
        long protocolBefore = balance("protocol");

        assertThat(registrar.slash(nodeId, "fault-1-" + run, 2_000_000, "bad signature")).isEqualTo(2_000_000);
        assertThat(registrar.slash(nodeId, "fault-1-" + run, 2_000_000, "bad signature")).as("replayed").isZero();
        assertThat(registrar.slash(nodeId, "fault-2-" + run, 100_000_000, "commitment mismatch"))
                .as("no more than the stake").isEqualTo(STAKE - 2_000_000);

        assertThat(balance("stake:" + nodeId)).isZero();
        assertThat(balance("protocol") - protocolBefore).isEqualTo(STAKE);
        JsonNode node = ApiClient.json(api.get("/v1/nodes/" + nodeId));
        assertThat(node.get("stakeHistory")).extracting(e -> e.get("purpose").asString())
                .containsExactly("slash", "slash", "stake");
        assertThat(node.get("stakeHistory").get(0).get("reason").asString()).contains("commitment mismatch");
        assertThat(status(nodeId, keys, "ACTIVE").statusCode()).as("below the minimum stake").isEqualTo(409);
    }

    @Test
    void anEvaluatorAtTheTrustFloorForThreeRoundsInARowIsSlashedAndJailed() {
        String evaluator = "eval-" + run;
        KeyPair evaluatorKeys = NodeKeys.generate();
        register(evaluator, evaluatorKeys, STAKE);
        status(evaluator, evaluatorKeys, "ACTIVE");

        settle(evaluator, 0.1);
        settle(evaluator, 0.1);
        settle(evaluator, 0.6); // recovered: the streak starts again
        settle(evaluator, 0.1);
        settle(evaluator, 0.1);
        assertThat(balance("stake:" + evaluator)).isEqualTo(STAKE);
        RoundDecision third = settle(evaluator, 0.1);

        assertThat(balance("stake:" + evaluator)).isEqualTo(STAKE - STAKE / 10);
        JsonNode node = ApiClient.json(api.get("/v1/nodes/" + evaluator));
        assertThat(node.get("status").asString()).isEqualTo("JAILED");
        assertThat(node.get("stakeHistory").get(0).get("reason").asString()).contains("sustained deviation")
                .contains(third.requestId());
        assertThat(settler.settle(third)).as("redelivered").isFalse();
        assertThat(balance("stake:" + evaluator)).isEqualTo(STAKE - STAKE / 10);
    }

    @Test
    void provableFaultsADecisionCarriesAreSlashedOnceAndAMismatchIsJailed() {
        String cheat = "inf-cheat-" + run;
        String slow = "inf-slow-" + run;
        KeyPair cheatKeys = NodeKeys.generate();
        KeyPair slowKeys = NodeKeys.generate();
        register(cheat, cheatKeys, STAKE);
        status(cheat, cheatKeys, "ACTIVE");
        register(slow, slowKeys, STAKE);
        status(slow, slowKeys, "ACTIVE");
        RoundDecision decision = Decisions.withFaults(Decisions.decided(Decisions.newRequestId(), 10_000), List.of(
                new NodeFault(cheat, FaultKind.COMMITMENT_MISMATCH, "committed ab12, revealed cd34"),
                new NodeFault(slow, FaultKind.TIMEOUT_AFTER_ACCEPT, "committed, no reveal by the deadline")));

        assertThat(settler.settle(decision)).isTrue();
        assertThat(settler.settle(decision)).as("redelivered").isFalse();

        assertThat(balance("stake:" + cheat)).isEqualTo(STAKE - STAKE / 20);
        assertThat(balance("stake:" + slow)).isEqualTo(STAKE - STAKE / 20);
        JsonNode cheated = ApiClient.json(api.get("/v1/nodes/" + cheat));
        assertThat(cheated.get("status").asString()).isEqualTo("JAILED");
        assertThat(cheated.get("stakeHistory").get(0).get("reason").asString()).contains("COMMITMENT_MISMATCH")
                .contains("committed ab12, revealed cd34");
        assertThat(ApiClient.json(api.get("/v1/nodes/" + slow)).get("status").asString()).isEqualTo("ACTIVE");
    }

    private RoundDecision settle(String evaluator, double weightAfter) {
        RoundDecision decision = Decisions.decided(Decisions.newRequestId(), 10_000,
                List.of(new NodeOutcome("n-" + run, "m", 8, 10, 10, 100, 10)),
                List.of(new EvaluatorOutcome(evaluator, 0.4, 1.0, weightAfter, 100)));
        assertThat(settler.settle(decision)).isTrue();
        return decision;
    }

    @Test
    void nodesOfOneOperatorAreLinked() {
        register(nodeId, keys, STAKE);
        KeyPair evaluatorKeys = NodeKeys.generate();
        register("eval-" + run, evaluatorKeys, STAKE);

        JsonNode nodes = ApiClient.json(api.get("/v1/operators/" + operatorId + "/nodes"));

        assertThat(nodes).extracting(n -> n.get("nodeId").asString()).containsExactly("eval-" + run, nodeId);
        HttpResponse<String> hijack = register(nodeId, NodeKeys.generate(), STAKE);
        assertThat(hijack.statusCode()).as("the node id under another key").isEqualTo(409);
    }

    private HttpResponse<String> register(String node, KeyPair nodeKeys, long stake) {
        JsonNode challenge = challenge(node);
        return api.post("/v1/nodes", registration(node, nodeKeys, stake, challenge.get("challengeId").asString(),
                RegistrationProof.sign(nodeKeys.getPrivate(), node, challenge.get("nonce").asString())));
    }

    private String registration(String node, KeyPair nodeKeys, long stake, String challengeId, String signature) {
        return """
                {"nodeId":"%s","role":"%s","operatorId":"%s","publicKey":"%s","model":"sim-exact",
                 "pricePer1kTokensMicros":2000,"stakeMicros":%d,"challengeId":"%s","signature":"%s"}"""
                .formatted(node, node.startsWith("eval-") ? "EVALUATOR" : "INFERENCE", operatorId,
                        NodeKeys.encodePublic(nodeKeys.getPublic()), stake, challengeId, signature);
    }

    private HttpResponse<String> status(String node, KeyPair nodeKeys, String status) {
        return status(node, nodeKeys, status, challenge(node));
    }

    private HttpResponse<String> status(String node, KeyPair nodeKeys, String status, JsonNode challenge) {
        return api.post("/v1/nodes/" + node + "/status", """
                {"status":"%s","challengeId":"%s","signature":"%s"}""".formatted(status,
                challenge.get("challengeId").asString(),
                RegistrationProof.sign(nodeKeys.getPrivate(), node, challenge.get("nonce").asString())));
    }

    private HttpResponse<String> withdraw(String node, long amount) {
        JsonNode challenge = challenge(node);
        return api.post("/v1/nodes/" + node + "/withdrawals", """
                {"amountMicros":%d,"challengeId":"%s","signature":"%s"}""".formatted(amount,
                challenge.get("challengeId").asString(),
                RegistrationProof.sign(keys.getPrivate(), node, challenge.get("nonce").asString())));
    }

    private JsonNode challenge(String node) {
        HttpResponse<String> response = api.post("/v1/registry/challenges", "{\"nodeId\":\"" + node + "\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiClient.json(response);
    }

    private long balance(String account) {
        HttpResponse<String> response = api.get("/v1/accounts/" + account);
        return response.statusCode() == 404 ? 0 : ApiClient.json(response).get("balanceMicros").asLong();
    }
}
