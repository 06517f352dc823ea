package dev.concord.quality.reward;

/**
 * A decision to slash a node's stake, with the evidence that justifies it.
 *
 * @param nodeId   the offender
 * @param reason   the ground
 * @param evidence what proves it: a round id, a hash pair, the epochs at the floor
 */
public record Slash(String nodeId, SlashReason reason, String evidence) {

    public Slash {
        if (nodeId == null || nodeId.isBlank() || reason == null || evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("a slash needs a node, a reason and evidence");
        }
    }
}
