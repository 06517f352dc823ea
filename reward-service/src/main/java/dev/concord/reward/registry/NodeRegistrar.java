package dev.concord.reward.registry;

import dev.concord.protocol.Topics;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.OperatorEndorsement;
import dev.concord.protocol.crypto.OperatorIds;
import dev.concord.protocol.crypto.RegistrationProof;
import dev.concord.protocol.crypto.RegistryAuthority;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.reward.account.AccountStore;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import dev.concord.runtime.outbox.Outbox;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry authority: registers nodes (proof of key, the operator's endorsement, stake, fee), moves them through
 * their legal states, bonds, unbonds and slashes their stake in the ledger, and publishes every change of a node as a
 * registry entry it signs, through the outbox, in the same transaction as the change.
 */
public class NodeRegistrar {

    private static final Logger log = LoggerFactory.getLogger(NodeRegistrar.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegistryStore store;
    private final AccountStore ledger;
    private final Outbox outbox;
    private final RegistryAuthority authority;
    private final RegistryRules rules;
    private final Clock clock;

    public NodeRegistrar(RegistryStore store, AccountStore ledger, Outbox outbox, RegistryAuthority authority,
                         RegistryRules rules, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.outbox = outbox;
        this.authority = authority;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Challenge challenge(String nodeId) {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        Challenge challenge = new Challenge(UUID.randomUUID().toString(), nodeId,
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), now().plus(rules.challengeTtl()));
        store.saveChallenge(challenge);
        return challenge;
    }

    /**
     * A new node, or an exited one registering again, becomes PENDING with its stake bonded and, the first time only,
     * the fee paid (it prices a new identity; a node coming back is the same identity). The node
     * proves its key on the challenge, and its operator endorses it on the same challenge, so a node joins an operator
     * only with that operator's key.
     */
    @Transactional
    public RegisteredNode register(Registration registration) {
        String nodeId = registration.nodeId();
        PublicKey key = NodeKeys.decodePublic(registration.publicKey());
        Challenge challenge = requireProof(nodeId, key, registration.proof());
        requireEndorsement(registration, challenge);
        if (registration.stakeMicros() < rules.minimumStakeMicros()) {
            throw new IllegalArgumentException("stake " + registration.stakeMicros()
                    + " micros is below the minimum of " + rules.minimumStakeMicros());
        }
        if (registration.pricePer1kTokensMicros() < 0) {
            throw new IllegalArgumentException("price must be >= 0");
        }
        ledger.lock("node/" + nodeId);
        RegisteredNode known = store.lockNode(nodeId).orElse(null);
        if (known != null) {
            // a node registered before operator keys had a declared operator id: registering again links it to the
            // operator that now proves it
            boolean provenOperator = known.operatorPublicKey() != null;
            if (!known.publicKey().equals(registration.publicKey()) || known.role() != registration.role()
                    || provenOperator && (!known.operatorId().equals(registration.operatorId())
                            || !known.operatorPublicKey().equals(registration.operatorPublicKey()))) {
                throw new IllegalTransitionException("node '" + nodeId + "' is registered with another key, role or "
                        + "operator; a new identity needs a new node id");
            }
            NodeTransitions.require(nodeId, known.status(), NodeStatus.PENDING);
            if (!provenOperator) {
                log.info("node {} (declared operator {}) is now linked to proven operator {}", nodeId,
                        known.operatorId(), registration.operatorId());
            }
        }
        Instant now = now();
        store.saveNode(registration, known == null ? now : known.registeredAt());
        String reference = "register/" + registration.proof().challengeId();
        ledger.lockBalance(Accounts.stake(nodeId));
        ledger.post(new Transfer(reference + "/stake", TransferPurpose.STAKE, Accounts.TREASURY, Accounts.stake(nodeId),
                registration.stakeMicros(), "stake bonded by node " + nodeId), now);
        if (known == null && rules.registrationFeeMicros() > 0) {
            ledger.post(new Transfer(reference + "/fee", TransferPurpose.REGISTRATION_FEE, Accounts.TREASURY,
                    Accounts.PROTOCOL, rules.registrationFeeMicros(), "registration fee of node " + nodeId), now);
        }
        log.info("node {} ({} of operator {}) registered with {} micros staked", nodeId, registration.role(),
                registration.operatorId(), registration.stakeMicros());
        return changeTo(nodeId, NodeStatus.PENDING, "registered", now);
    }

    /** The operator's own moves, proven with the node's key: ACTIVE (from PENDING or JAILED) or EXITED. */
    @Transactional
    public RegisteredNode changeStatus(String nodeId, NodeStatus target, Proof proof) {
        if (target != NodeStatus.ACTIVE && target != NodeStatus.EXITED) {
            throw new IllegalTransitionException("an operator can make a node ACTIVE or EXITED, not " + target);
        }
        RegisteredNode node = store.lockNode(nodeId)
                .orElseThrow(() -> new UnknownNodeException(nodeId));
        requireProof(nodeId, NodeKeys.decodePublic(node.publicKey()), proof);
        NodeTransitions.require(nodeId, node.status(), target);
        if (target == NodeStatus.ACTIVE && node.stakeMicros() < rules.minimumStakeMicros()) {
            throw new IllegalTransitionException("node '" + nodeId + "' has " + node.stakeMicros()
                    + " micros staked, below the minimum of " + rules.minimumStakeMicros());
        }
        Instant now = now();
        if (target == NodeStatus.ACTIVE) {
            jailedUntil(nodeId).filter(now::isBefore).ifPresent(until -> {
                throw new NodeJailedException(nodeId, until);
            });
        }
        if (target == NodeStatus.EXITED && node.stakeMicros() > 0) {
            ledger.post(new Transfer("unbond/" + proof.challengeId(), TransferPurpose.UNBOND, Accounts.stake(nodeId),
                    Accounts.unbonded(nodeId), node.stakeMicros(), "stake of exited node " + nodeId + " unbonded"),
                    now);
        }
        return changeTo(nodeId, target, "by operator", now);
    }

    /** The end of the node's last jail term, read from its status history, so exiting and coming back keeps it. */
    private Optional<Instant> jailedUntil(String nodeId) {
        return store.history(nodeId).stream().filter(change -> change.status() == NodeStatus.JAILED)
                .map(StatusChange::at).max(Comparator.naturalOrder()).map(at -> at.plus(rules.jailTime()));
    }

    /**
     * The registry's own move: a node that misbehaved leaves selection; its operator can activate it again once the
     * jail time has passed.
     */
    @Transactional
    public RegisteredNode jail(String nodeId, String reason) {
        return jail(store.lockNode(nodeId).orElseThrow(() -> new UnknownNodeException(nodeId)), reason);
    }

    /** Jails a node the caller has locked. */
    private RegisteredNode jail(RegisteredNode node, String reason) {
        NodeTransitions.require(node.nodeId(), node.status(), NodeStatus.JAILED);
        return changeTo(node.nodeId(), NodeStatus.JAILED, reason, now());
    }

    /**
     * Takes up to {@code amountMicros} of the node's bonded stake for the protocol; idempotent per {@code slashId}.
     *
     * @return what was taken (less than asked when the stake is smaller; 0 when this slash was applied before)
     */
    @Transactional
    public long slash(String nodeId, String slashId, long amountMicros, String reason) {
        store.lockNode(nodeId).orElseThrow(() -> new UnknownNodeException(nodeId));
        return takeStake(nodeId, slashId, amountMicros, reason);
    }

    /** The slash itself, on a node the caller has locked. */
    private long takeStake(String nodeId, String slashId, long amountMicros, String reason) {
        String transferId = "slash/" + slashId;
        if (ledger.transfer(transferId).isPresent()) {
            return 0;
        }
        long taken = Math.min(amountMicros, ledger.lockBalance(Accounts.stake(nodeId)));
        if (taken <= 0) {
            return 0;
        }
        ledger.post(new Transfer(transferId, TransferPurpose.SLASH, Accounts.stake(nodeId), Accounts.PROTOCOL, taken,
                "slash of node " + nodeId + ": " + reason), now());
        publish(store.node(nodeId).orElseThrow());
        log.warn("node {} slashed {} micros: {}", nodeId, taken, reason);
        return taken;
    }

    /**
     * Slashes {@code basisPoints} of the node's bonded stake and, when asked, jails it if it is active; idempotent per
     * fault id. A node the registry never registered (self-announced, in development) has nothing to slash.
     */
    @Transactional
    public void penalise(String nodeId, String faultId, int basisPoints, String reason, boolean jail) {
        RegisteredNode node = store.lockNode(nodeId).orElse(null);
        if (node == null) {
            log.warn("node {} is not registered: nothing to slash for {}", nodeId, reason);
            return;
        }
        // the node stays locked to the end of the transaction: slash and jail it without locking and reading it again
        takeStake(nodeId, faultId, node.stakeMicros() * basisPoints / 10_000, reason);
        if (jail && node.status() == NodeStatus.ACTIVE) {
            jail(node, reason);
        }
    }

    /** Pays out unbonded stake of an exited node, proven with the node's key. */
    @Transactional
    public long withdraw(String nodeId, long amountMicros, Proof proof) {
        RegisteredNode node = store.lockNode(nodeId).orElseThrow(() -> new UnknownNodeException(nodeId));
        requireProof(nodeId, NodeKeys.decodePublic(node.publicKey()), proof);
        long unbonded = ledger.lockBalance(Accounts.unbonded(nodeId));
        if (amountMicros <= 0 || amountMicros > unbonded) {
            throw new IllegalTransitionException("node '" + nodeId + "' has " + unbonded
                    + " micros of unbonded stake; cannot withdraw " + amountMicros
                    + " (bonded stake is withdrawn by exiting)");
        }
        ledger.post(new Transfer("withdraw/" + proof.challengeId(), TransferPurpose.WITHDRAWAL,
                Accounts.unbonded(nodeId), Accounts.TREASURY, amountMicros, "withdrawal of unbonded stake of node " + nodeId), now());
        return unbonded - amountMicros;
    }

    private RegisteredNode changeTo(String nodeId, NodeStatus status, String reason, Instant now) {
        store.recordStatus(nodeId, new StatusChange(status, reason, now));
        RegisteredNode node = store.node(nodeId).orElseThrow();
        publish(node);
        log.info("node {} is {} ({})", nodeId, status, reason);
        return node;
    }

    private void publish(RegisteredNode node) {
        outbox.enqueue(Topics.REGISTRY, authority.sign(node.entry()));
    }

    /** The challenge the proof answers, consumed. */
    private Challenge requireProof(String nodeId, PublicKey key, Proof proof) {
        Challenge challenge = store.consumeChallenge(proof.challengeId(), now())
                .orElseThrow(() -> new ProofRejectedException("challenge '" + proof.challengeId()
                        + "' is unknown or was used before"));
        if (!challenge.nodeId().equals(nodeId)) {
            throw new ProofRejectedException("challenge '" + proof.challengeId() + "' was given to another node");
        }
        if (!now().isBefore(challenge.expiresAt())) {
            throw new ProofRejectedException("challenge '" + proof.challengeId() + "' expired at "
                    + challenge.expiresAt());
        }
        if (!RegistrationProof.verify(key, nodeId, challenge.nonce(), proof.signature())) {
            throw new ProofRejectedException("the challenge is not signed by the key of node '" + nodeId + "'");
        }
        return challenge;
    }

    private static void requireEndorsement(Registration registration, Challenge challenge) {
        PublicKey operatorKey = NodeKeys.decodePublic(registration.operatorPublicKey());
        String keysId = OperatorIds.of(operatorKey);
        if (!keysId.equals(registration.operatorId())) {
            throw new EndorsementRejectedException("operator id '" + registration.operatorId() + "' is not the id of "
                    + "the operator key, which is '" + keysId + "': an operator id is derived from the operator's "
                    + "public key", "operatorId");
        }
        OperatorEndorsement endorsement = new OperatorEndorsement(challenge.challengeId(), challenge.nonce(),
                registration.nodeId(), registration.publicKey(), registration.role(), registration.operatorId());
        if (!endorsement.verify(operatorKey, registration.operatorSignature())) {
            throw new EndorsementRejectedException("the operator key of '" + registration.operatorId() + "' did not "
                    + "endorse node '" + registration.nodeId() + "' with this key and role on challenge '"
                    + challenge.challengeId() + "'", "operatorSignature");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
