package dev.concord.reward.web;

/** The callers that may move money through the API, each with its own bearer token. */
public enum ServiceToken {
    /** The platform's own services (the gateway reserving a round's fee). */
    INTERNAL,
    /** The operator's treasury: the only caller that brings new money in (deposits). */
    TREASURY
}
