package dev.concord.consensus;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.crypto.Commitments;
import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.NodeRole;
import dev.concord.protocol.event.ResponseCommitment;
import dev.concord.protocol.event.NodeStatus;
import dev.concord.protocol.event.RegistryEntry;
import dev.concord.protocol.event.SignedEvent;
import java.security.KeyPair;
import java.time.Instant;

/** A node played by a test: a real key pair, a self-signed registry entry, real signatures. */
record TestNode(String id, NodeRole role, String operator, KeyPair keys, EventCodec codec) {

    static TestNode create(String id, NodeRole role, String operator) {
        return new TestNode(id, role, operator, NodeKeys.generate(), new EventCodec());
    }

    RegistryEntry registryEntry(NodeStatus status) {
        return registryEntry(status, 1_000_000);
    }

    RegistryEntry registryEntry(NodeStatus status, long stakeMicros) {
        return sign(new RegistryEntry(RegistryEntry.VERSION, id, role, operator, NodeKeys.encodePublic(keys.getPublic()),
                "test-model-" + id, 1_000, stakeMicros, status, Instant.now(), null));
    }

    /** A signed answer with its nonce, and the signed commitment it opens. */
    Answer answer(String requestId, String content) {
        String nonce = Commitments.newNonce();
        return new Answer(
                sign(new ResponseCommitment(ResponseCommitment.VERSION, requestId, id,
                        Commitments.of(requestId, id, nonce, content), Instant.now(), null)),
                sign(new InferenceResponse(InferenceResponse.VERSION, requestId, id, "test-model-" + id, content, 10, 5,
                        30, 15, Instant.now(), nonce, null)));
    }

    record Answer(ResponseCommitment commitment, InferenceResponse reveal) {
    }

    <T extends SignedEvent> T sign(T event) {
        return new EventSigner(id, keys.getPrivate(), codec).sign(event);
    }
}
