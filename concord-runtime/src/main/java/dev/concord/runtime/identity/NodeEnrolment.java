package dev.concord.runtime.identity;

/** How a hosted node joins and leaves the registry. */
public interface NodeEnrolment {

    /** Makes the node ACTIVE in the registry; throws when it cannot. */
    void join(NodeIdentity node);

    /** Marks the node EXITED; best effort. */
    void leave(NodeIdentity node);
}
