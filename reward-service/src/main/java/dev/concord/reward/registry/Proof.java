package dev.concord.reward.registry;

/** A node's signature over the nonce of a challenge it was given. */
public record Proof(String challengeId, String signature) {
}
