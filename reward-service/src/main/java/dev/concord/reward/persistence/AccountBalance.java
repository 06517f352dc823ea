package dev.concord.reward.persistence;

import dev.concord.reward.ledger.AccountKind;

/** An account's totals; its balance is read on the account's normal side (see {@link AccountKind#balance}). */
public record AccountBalance(String account, AccountKind kind, long debitsMicros, long creditsMicros) {

    public long balanceMicros() {
        return kind.balance(debitsMicros, creditsMicros);
    }
}
