package dev.concord.reward.web;

import dev.concord.protocol.crypto.NodeKeys;

/** A request the API refuses as malformed; answered 400 with an {@link dev.concord.protocol.api.ApiError}. */
class BadRequestException extends RuntimeException {

    private final String param;

    BadRequestException(String message, String param) {
        super(message);
        this.param = param;
    }

    String param() {
        return param;
    }

    static void requirePositive(long value, String param) {
        if (value <= 0) {
            throw new BadRequestException("'" + param + "' must be a positive number of micros, was " + value, param);
        }
    }

    static void requireText(String value, String param) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("'" + param + "' is required", param);
        }
    }

    /** Present and a Base64 X.509 Ed25519 public key. */
    static void requirePublicKey(String value, String param) {
        requireText(value, param);
        try {
            NodeKeys.decodePublic(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + param + "' must be a Base64 X.509 Ed25519 public key", param);
        }
    }

    static void requireAccountId(String accountId) {
        if (accountId.contains(":")) {
            throw new BadRequestException("A client account id has no ':', was '" + accountId + "'", "accountId");
        }
    }
}
