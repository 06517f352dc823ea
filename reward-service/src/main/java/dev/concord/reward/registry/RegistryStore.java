package dev.concord.reward.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the registry is kept. Implemented on PostgreSQL in the persistence package; joins the caller's transaction. */
public interface RegistryStore {

    void saveChallenge(Challenge challenge);

    /** Marks the challenge used and returns it, or empty when it is unknown or was used before. */
    Optional<Challenge> consumeChallenge(String challengeId, Instant now);

    /** The node, locked until the transaction ends. */
    Optional<RegisteredNode> lockNode(String nodeId);

    Optional<RegisteredNode> node(String nodeId);

    List<RegisteredNode> operatorNodes(String operatorId);

    /**
     * Inserts the node or, for a re-registration, replaces its model and price (and links a node registered before
     * operator keys to its proven operator).
     */
    void saveNode(Registration registration, Instant registeredAt);

    void recordStatus(String nodeId, StatusChange change);

    List<StatusChange> history(String nodeId);
}
