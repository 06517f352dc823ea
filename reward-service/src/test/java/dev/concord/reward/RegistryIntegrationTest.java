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
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.reward.registry.IllegalTransitionException;
import dev.concord.reward.registry.NodeRegistrar;
import dev.concord.reward.support.ApiClient;
import dev.concord.reward.support.Decisions;
import dev.concord.reward.support.NodeOperator;
import dev.concord.testsupport.KafkaTestConsumer;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The node registry over HTTP on the real PostgreSQL and Kafka: proof of key, the operator's endorsement, stake and
 * fee, the legal states, the signed entries on the compacted registry topic, slashing, and withdrawals of unbonded
 * stake only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"concord.reward.registry.registration-fee-micros=1000000",
                "concord.reward.registry.minimum-stake-micros=10000000", "concord.reward.slashing.deviation-rounds=3",
                "concord.reward.slashing.deviation-slash-basis-points=1000", "concord.reward.registry.jail-time=3s"})
class RegistryIntegrationTest extends RewardServiceIntegrationTest {

    private static final long STAKE = 25_000_000;

    @Autowired
    NodeRegistrar registrar;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String nodeId = "inf-" + run;
    private final NodeOperator operator = NodeOperator.generate();
    private final String operatorId = operator.id();
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
        HttpResponse<String> forged = api.post("/v1/nodes", registration(nodeId, keys, STAKE, challenge,
                RegistrationProof.sign(NodeKeys.generate().getPrivate(), nodeId, challenge.get("nonce").asString())));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(forged).get("error").get("code").asString()).isEqualTo("invalid_proof");

        HttpResponse<String> tooSmall = register(nodeId, keys, 9_999_999);
        assertThat(tooSmall.statusCode()).isEqualTo(400);

        JsonNode used = challenge(nodeId);
        String signature = RegistrationProof.sign(keys.getPrivate(), nodeId, used.get("nonce").asString());
        assertThat(api.post("/v1/nodes", registration(nodeId, keys, STAKE, used, signature)).statusCode())
                .isEqualTo(201);
        assertThat(api.post("/v1/nodes", registration(nodeId, keys, STAKE, used, signature)).statusCode())
                .as("a replayed proof").isEqualTo(403);
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

        long protocolBeforeReturn = balance("protocol");
        HttpResponse<String> again = register(nodeId, keys, STAKE);
        assertThat(again.statusCode()).as("an exited node registers again").isEqualTo(201);
        assertThat(balance("protocol")).as("the fee prices an identity: a returning node pays it once")
                .isEqualTo(protocolBeforeReturn);
        assertThat(ApiClient.json(again).get("statusHistory")).extracting(h -> h.get("status").asString())
                .containsExactly("PENDING", "ACTIVE", "JAILED", "EXITED", "PENDING");
    }

    @Test
    void aJailedNodeWaitsOutItsJailTimeEvenIfItExitsAndRegistersAgain() {
        register(nodeId, keys, STAKE);
        status(nodeId, keys, "ACTIVE");
        registrar.jail(nodeId, "missed rounds");

        HttpResponse<String> early = status(nodeId, keys, "ACTIVE");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("jailed until").contains("node_jailed");
        assertThat(status(nodeId, keys, "EXITED").statusCode()).isEqualTo(200);
        assertThat(register(nodeId, keys, STAKE).statusCode()).isEqualTo(201);
        assertThat(status(nodeId, keys, "ACTIVE").statusCode()).as("a new registration does not end the jail term")
                .isEqualTo(409);

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(nodeId, keys, "ACTIVE").statusCode() == 200);
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
    void nodesEndorsedByOneOperatorKeyAreLinkedUnderTheIdDerivedFromIt() {
        register(nodeId, keys, STAKE);
        KeyPair evaluatorKeys = NodeKeys.generate();
        register("eval-" + run, evaluatorKeys, STAKE);

        JsonNode nodes = ApiClient.json(api.get("/v1/operators/" + operatorId + "/nodes"));

        assertThat(operatorId).matches("op-[0-9a-f]{32}");
        assertThat(nodes).extracting(n -> n.get("nodeId").asString()).containsExactly("eval-" + run, nodeId);
        assertThat(nodes).extracting(n -> n.get("operatorPublicKey").asString()).containsOnly(operator.publicKey());
        assertThat(ApiClient.json(api.get("/v1/nodes/" + nodeId)).get("operatorPublicKey").asString())
                .isEqualTo(operator.publicKey());
        assertThat(codec.decode(KafkaTestConsumer.awaitRecord(Topics.REGISTRY, r -> nodeId.equals(r.key()), WAIT)
                .value(), RegistryEntry.class).operatorId()).isEqualTo(operatorId);
        HttpResponse<String> hijack = register(nodeId, NodeKeys.generate(), STAKE);
        assertThat(hijack.statusCode()).as("the node id under another key").isEqualTo(409);
    }

    @Test
    void nobodyRegistersANodeUnderAnotherOperatorsIdWithoutThatOperatorsKey() {
        register(nodeId, keys, STAKE);
        NodeOperator attacker = NodeOperator.generate();
        String squatter = "inf-squat-" + run;
        KeyPair squatterKeys = NodeKeys.generate();

        JsonNode own = challenge(squatter);
        HttpResponse<String> ownKey = api.post("/v1/nodes", registration(squatter, squatterKeys, STAKE, own,
                operatorId, attacker.publicKey(), attacker.endorse(own.get("challengeId").asString(),
                        own.get("nonce").asString(), squatter, squatterKeys, NodeRole.INFERENCE, operatorId)));
        JsonNode claimed = challenge(squatter);
        HttpResponse<String> victimsKey = api.post("/v1/nodes", registration(squatter, squatterKeys, STAKE, claimed,
                operatorId, operator.publicKey(), attacker.endorse(claimed.get("challengeId").asString(),
                        claimed.get("nonce").asString(), squatter, squatterKeys, NodeRole.INFERENCE, operatorId)));
        HttpResponse<String> undeclared = api.post("/v1/nodes", """
                {"nodeId":"%s","role":"INFERENCE","operatorId":"%s","publicKey":"%s","model":"sim-exact",
                 "pricePer1kTokensMicros":2000,"stakeMicros":%d,"challengeId":"%s","signature":"%s"}"""
                .formatted(squatter, operatorId, NodeKeys.encodePublic(squatterKeys.getPublic()), STAKE,
                        challenge(squatter).get("challengeId").asString(), "c2ln"));

        assertRefused(ownKey, 403, "operatorId");
        assertRefused(victimsKey, 403, "operatorSignature");
        assertRefused(undeclared, 400, "operatorPublicKey");
        assertThat(api.get("/v1/nodes/" + squatter).statusCode()).isEqualTo(404);
        assertThat(balance("stake:" + squatter)).isZero();
        assertThat(ApiClient.json(api.get("/v1/operators/" + operatorId + "/nodes")))
                .extracting(n -> n.get("nodeId").asString()).containsExactly(nodeId);
    }

    @Test
    void anEndorsementForAnotherChallengeNodeKeyOrRoleIsRefusedNamingTheSignature() {
        JsonNode earlier = challenge(nodeId);
        String earlierEndorsement = operator.endorse(earlier.get("challengeId").asString(),
                earlier.get("nonce").asString(), nodeId, keys, NodeRole.INFERENCE, operatorId);
        JsonNode replayed = challenge(nodeId);
        JsonNode otherKey = challenge(nodeId);
        JsonNode otherRole = challenge(nodeId);

        List<HttpResponse<String>> forged = List.of(
                api.post("/v1/nodes", registration(nodeId, keys, STAKE, replayed, operatorId, operator.publicKey(),
                        earlierEndorsement)),
                api.post("/v1/nodes", registration(nodeId, keys, STAKE, otherKey, operatorId, operator.publicKey(),
                        operator.endorse(otherKey.get("challengeId").asString(), otherKey.get("nonce").asString(),
                                nodeId, NodeKeys.generate(), NodeRole.INFERENCE, operatorId))),
                api.post("/v1/nodes", registration(nodeId, keys, STAKE, otherRole, operatorId, operator.publicKey(),
                        operator.endorse(otherRole.get("challengeId").asString(), otherRole.get("nonce").asString(),
                                nodeId, keys, NodeRole.EVALUATOR, operatorId))));
        HttpResponse<String> malformedKey = api.post("/v1/nodes", registration(nodeId, keys, STAKE, challenge(nodeId),
                operatorId, "bm90IGEga2V5", "c2ln"));

        assertThat(forged).allSatisfy(response -> assertRefused(response, 403, "operatorSignature"));
        assertRefused(malformedKey, 400, "operatorPublicKey");
        assertThat(api.get("/v1/nodes/" + nodeId).statusCode()).isEqualTo(404);
        assertThat(register(nodeId, keys, STAKE).statusCode()).as("the operator's own endorsement").isEqualTo(201);
    }

    @Test
    void anExitedNodeRegistersAgainOnlyWithItsOwnOperatorsEndorsement() {
        register(nodeId, keys, STAKE);
        status(nodeId, keys, "EXITED");
        NodeOperator other = NodeOperator.generate();

        JsonNode challenge = challenge(nodeId);
        HttpResponse<String> moved = api.post("/v1/nodes", registration(nodeId, keys, STAKE, challenge, other.id(),
                other.publicKey(), other.endorse(challenge.get("challengeId").asString(),
                        challenge.get("nonce").asString(), nodeId, keys, NodeRole.INFERENCE, other.id())));

        assertThat(moved.statusCode()).as("to another operator: " + moved.body()).isEqualTo(409);
        assertThat(register(nodeId, keys, STAKE).statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(api.get("/v1/nodes/" + nodeId)).get("operatorId").asString()).isEqualTo(operatorId);
    }

    @Test
    void aNodeRegisteredBeforeOperatorKeysIsLinkedToAProvenOperatorWhenItRegistersAgain() {
        register(nodeId, keys, STAKE);
        status(nodeId, keys, "EXITED");
        // as V5 leaves a node registered before it: a declared operator id and no operator key
        jdbc.sql("UPDATE nodes SET operator_id = ?, operator_public_key = NULL WHERE node_id = ?")
                .params("op-declared-" + run, nodeId).update();

        HttpResponse<String> again = register(nodeId, keys, STAKE);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(ApiClient.json(again).get("operatorId").asString()).isEqualTo(operatorId);
        assertThat(ApiClient.json(again).get("operatorPublicKey").asString()).isEqualTo(operator.publicKey());
        assertThat(ApiClient.json(api.get("/v1/operators/op-declared-" + run + "/nodes"))).isEmpty();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.json(response).get("error").get("param").asString()).as(response.body()).isEqualTo(field);
    }

    private HttpResponse<String> register(String node, KeyPair nodeKeys, long stake) {
        JsonNode challenge = challenge(node);
        return api.post("/v1/nodes", registration(node, nodeKeys, stake, challenge,
                RegistrationProof.sign(nodeKeys.getPrivate(), node, challenge.get("nonce").asString())));
    }

    /** A registration this test's operator endorses. */
    private String registration(String node, KeyPair nodeKeys, long stake, JsonNode challenge, String signature) {
        String endorsement = operator.endorse(challenge.get("challengeId").asString(),
                challenge.get("nonce").asString(), node, nodeKeys, role(node), operatorId);
        return registration(node, nodeKeys, stake, challenge, signature, operatorId, operator.publicKey(), endorsement);
    }

    /** A registration with the node's own proof and whatever operator fields the test gives. */
    private String registration(String node, KeyPair nodeKeys, long stake, JsonNode challenge, String operator,
                                String operatorPublicKey, String operatorSignature) {
        return registration(node, nodeKeys, stake, challenge,
                RegistrationProof.sign(nodeKeys.getPrivate(), node, challenge.get("nonce").asString()), operator,
                operatorPublicKey, operatorSignature);
    }

    private String registration(String node, KeyPair nodeKeys, long stake, JsonNode challenge, String signature,
                                String operator, String operatorPublicKey, String operatorSignature) {
        return """
                {"nodeId":"%s","role":"%s","operatorId":"%s","operatorPublicKey":"%s","publicKey":"%s",
                 "model":"sim-exact","pricePer1kTokensMicros":2000,"stakeMicros":%d,"challengeId":"%s",
                 "signature":"%s","operatorSignature":"%s"}"""
                .formatted(node, role(node), operator, operatorPublicKey, NodeKeys.encodePublic(nodeKeys.getPublic()),
                        stake, challenge.get("challengeId").asString(), signature, operatorSignature);
    }

    private static NodeRole role(String node) {
        return node.startsWith("eval-") ? NodeRole.EVALUATOR : NodeRole.INFERENCE;
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
