package dev.concord.reward.web;

import dev.concord.reward.persistence.AccountBalance;
import java.util.Locale;

/** An account's balance (credits minus debits) and the totals it comes from. */
record AccountResponse(String account, String kind, long balanceMicros, long creditsMicros, long debitsMicros) {

    static AccountResponse of(AccountBalance a) {
        return new AccountResponse(a.account(), a.kind().name().toLowerCase(Locale.ROOT), a.balanceMicros(),
                a.creditsMicros(), a.debitsMicros());
    }
}
