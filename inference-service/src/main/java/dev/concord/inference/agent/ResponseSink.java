package dev.concord.inference.agent;

import dev.concord.protocol.event.InferenceResponse;
import dev.concord.protocol.event.ResponseCommitment;

/** Where the agent's signed events go: commitments first, answers only when consensus asks for them. */
public interface ResponseSink {

    void commit(ResponseCommitment commitment);

    void reveal(InferenceResponse response);
}
