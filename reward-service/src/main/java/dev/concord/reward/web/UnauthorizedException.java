package dev.concord.reward.web;

import java.util.Locale;

/** A call to a guarded endpoint without its token, or with a wrong one; answered 401. */
class UnauthorizedException extends RuntimeException {

    private final ServiceToken token;

    UnauthorizedException(ServiceToken token) {
        super("This call moves money: it needs 'Authorization: Bearer <" + name(token) + " token>'");
        this.token = token;
    }

    /** {@code invalid_internal_token} or {@code invalid_treasury_token}. */
    String code() {
        return "invalid_" + name(token) + "_token";
    }

    private static String name(ServiceToken token) {
        return token.name().toLowerCase(Locale.ROOT);
    }
}
