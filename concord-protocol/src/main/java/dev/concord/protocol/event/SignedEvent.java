package dev.concord.protocol.event;

/**
 * An event that a node produces and signs with its Ed25519 key. The signature covers the event's JSON with the
 * signature field null, so a verifier re-encodes {@link #withSignature(String) withSignature(null)} and checks it.
 */
public interface SignedEvent extends Event {

    /** The node whose registered key must verify {@link #signature()}. */
    String signer();

    /** Base64 Ed25519 signature, or null before signing. */
    String signature();

    SignedEvent withSignature(String signature);
}
