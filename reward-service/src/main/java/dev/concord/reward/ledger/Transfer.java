package dev.concord.reward.ledger;

import java.util.Objects;

/**
 * An immutable movement of money from one account to another. One debit and one credit of the same amount, so a
 * transfer balances by construction; corrections are new transfers, never edits. The id is the idempotency key.
 */
public record Transfer(String id, TransferPurpose purpose, String debitAccount, String creditAccount, long amountMicros,
                       String reason) {

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reason, "reason");
        if (amountMicros <= 0) {
            throw new IllegalArgumentException("transfer " + id + " moves " + amountMicros + " micros; must be > 0");
        }
        if (debitAccount.equals(creditAccount)) {
            throw new IllegalArgumentException("transfer " + id + " debits and credits " + debitAccount);
        }
    }
}
