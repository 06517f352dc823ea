package dev.concord.reward.registry;

import java.time.Instant;

/** A one-time nonce for {@code nodeId} to sign (see {@link dev.concord.protocol.crypto.RegistrationProof}). */
public record Challenge(String challengeId, String nodeId, String nonce, Instant expiresAt) {
}
