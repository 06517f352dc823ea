package dev.concord.gateway.web;

/** The headers Concord adds to OpenAI's answers and reads from requests. */
public final class ConcordHeaders {

    public static final String ROUND_ID = "X-Concord-Round-Id";
    public static final String WINNER_NODE = "X-Concord-Winner-Node";
    public static final String CONSENSUS_SCORE = "X-Concord-Consensus-Score";
    public static final String EVIDENCE = "X-Concord-Evidence";
    /** Set on a replayed answer: the round ran once, for an earlier request with the same key. */
    public static final String IDEMPOTENT_REPLAY = "X-Concord-Idempotent-Replay";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private ConcordHeaders() {
    }
}
