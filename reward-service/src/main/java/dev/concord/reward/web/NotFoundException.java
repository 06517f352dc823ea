package dev.concord.reward.web;

/** A read of something the ledger does not hold; answered 404 with an {@link dev.concord.protocol.api.ApiError}. */
class NotFoundException extends RuntimeException {

    private final String param;
    private final String code;

    NotFoundException(String message, String param, String code) {
        super(message);
        this.param = param;
        this.code = code;
    }

    String param() {
        return param;
    }

    String code() {
        return code;
    }
}
