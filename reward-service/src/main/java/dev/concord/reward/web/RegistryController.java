package dev.concord.reward.web;

import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.reward.config.RegistryKey;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.persistence.AccountRepository;
import dev.concord.reward.persistence.RegistryRepository;
import dev.concord.reward.registry.Challenge;
import dev.concord.reward.registry.NodeRegistrar;
import dev.concord.reward.registry.Proof;
import dev.concord.reward.registry.RegisteredNode;
import dev.concord.reward.registry.Registration;
import dev.concord.reward.registry.UnknownNodeException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node registry: challenges, registration (key proof, operator endorsement, stake, fee), operator status changes,
 * withdrawals of unbonded stake, and reads of a node (status, stake and slashing history) and of an operator's linked
 * nodes.
 */
@RestController
class RegistryController {

    private static final int HISTORY = 100;

    private final NodeRegistrar registrar;
    private final RegistryRepository registry;
    private final AccountRepository accounts;
    private final RegistryKey key;

    RegistryController(NodeRegistrar registrar, RegistryRepository registry, AccountRepository accounts,
                       RegistryKey key) {
        this.registrar = registrar;
        this.registry = registry;
        this.accounts = accounts;
        this.key = key;
    }

    /** The key every registry entry is signed with: what services verify the registry topic against. */
    @GetMapping("/v1/registry/authority")
    Map<String, String> authority() {
        return Map.of("publicKey", NodeKeys.encodePublic(key.publicKey()));
    }

    @PostMapping("/v1/registry/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    Challenge challenge(@RequestBody ChallengeRequest request) {
        BadRequestException.requireText(request.nodeId(), "nodeId");
        return registrar.challenge(request.nodeId());
    }

    @PostMapping("/v1/nodes")
    @ResponseStatus(HttpStatus.CREATED)
    NodeResponse register(@RequestBody RegistrationRequest request) {
        BadRequestException.requireText(request.nodeId(), "nodeId");
        BadRequestException.requireText(request.operatorId(), "operatorId");
        BadRequestException.requirePublicKey(request.operatorPublicKey(), "operatorPublicKey");
        BadRequestException.requireText(request.operatorSignature(), "operatorSignature");
        BadRequestException.requirePublicKey(request.publicKey(), "publicKey");
        BadRequestException.requireText(request.model(), "model");
        BadRequestException.requireText(request.challengeId(), "challengeId");
        if (request.role() == null) {
            throw new BadRequestException("'role' must be INFERENCE or EVALUATOR", "role");
        }
        RegisteredNode node = registrar.register(new Registration(request.nodeId(), request.role(), request.operatorId(),
                request.operatorPublicKey(), request.publicKey(), request.model(), request.pricePer1kTokensMicros(),
                request.stakeMicros(), new Proof(request.challengeId(), request.signature()),
                request.operatorSignature()));
        return response(node);
    }

    @PostMapping("/v1/nodes/{nodeId}/status")
    NodeResponse changeStatus(@PathVariable String nodeId, @RequestBody StatusRequest request) {
        BadRequestException.requireText(request.challengeId(), "challengeId");
        if (request.status() == null) {
            throw new BadRequestException("'status' must be ACTIVE or EXITED", "status");
        }
        return response(registrar.changeStatus(nodeId, request.status(),
                new Proof(request.challengeId(), request.signature())));
    }

    /** Only unbonded stake (of an exited node) can be withdrawn. */
    @PostMapping("/v1/nodes/{nodeId}/withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> withdraw(@PathVariable String nodeId, @RequestBody WithdrawalRequest request) {
        BadRequestException.requirePositive(request.amountMicros(), "amountMicros");
        BadRequestException.requireText(request.challengeId(), "challengeId");
        long left = registrar.withdraw(nodeId, request.amountMicros(),
                new Proof(request.challengeId(), request.signature()));
        return Map.of("nodeId", nodeId, "withdrawnMicros", request.amountMicros(), "unbondedMicros", left);
    }

    @GetMapping("/v1/nodes/{nodeId}")
    NodeResponse node(@PathVariable String nodeId) {
        return registry.node(nodeId).map(this::response).orElseThrow(() -> new UnknownNodeException(nodeId));
    }

    /** An operator's linked nodes: every one endorsed by the operator's key (each response carries that key). */
    @GetMapping("/v1/operators/{operatorId}/nodes")
    List<NodeResponse> operatorNodes(@PathVariable String operatorId) {
        return registry.operatorNodes(operatorId).stream().map(this::response).toList();
    }

    private NodeResponse response(RegisteredNode node) {
        return NodeResponse.of(node, registry.history(node.nodeId()),
                accounts.statement(Accounts.stake(node.nodeId()), Long.MAX_VALUE, HISTORY),
                accounts.balance(Accounts.unbonded(node.nodeId())).map(b -> b.balanceMicros()).orElse(0L));
    }

    record ChallengeRequest(String nodeId) {
    }

    /**
     * {@code signature}: the node's key over the challenge; {@code operatorSignature}: the operator's endorsement of
     * the node on the same challenge, by the key {@code operatorPublicKey} whose id is {@code operatorId}.
     */
    record RegistrationRequest(String nodeId, NodeRole role, String operatorId, String operatorPublicKey,
                               String publicKey, String model, long pricePer1kTokensMicros, long stakeMicros,
                               String challengeId, String signature, String operatorSignature) {
    }

    record StatusRequest(NodeStatus status, String challengeId, String signature) {
    }

    record WithdrawalRequest(long amountMicros, String challengeId, String signature) {
    }
}
