package dev.concord.reward.persistence;

import dev.concord.reward.settlement.AccountKind;

/** An account's totals; its balance is what was credited minus what was debited. */
public record AccountBalance(String account, AccountKind kind, long debitsMicros, long creditsMicros) {

    public long balanceMicros() {
        return creditsMicros - debitsMicros;
    }
}
