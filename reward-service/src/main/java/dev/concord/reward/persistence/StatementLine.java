package dev.concord.reward.persistence;

import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import java.time.Instant;
import java.util.Locale;

/**
 * One ledger entry as an account sees it: the other side of the transfer, and the amount signed by its effect on
 * this account's balance (positive raises it).
 */
public record StatementLine(long entryNo, String transferId, String purpose, String requestId, String counterparty,
                            long amountMicros, String reason, Instant at) {

    static StatementLine of(String account, long entryNo, Transfer transfer, String requestId, Instant at) {
        boolean debited = transfer.debitAccount().equals(account);
        long effect = Accounts.kindOf(account).balance(debited ? transfer.amountMicros() : 0,
                debited ? 0 : transfer.amountMicros());
        return new StatementLine(entryNo, transfer.id(), transfer.purpose().name().toLowerCase(Locale.ROOT),
                requestId, debited ? transfer.creditAccount() : transfer.debitAccount(), effect, transfer.reason(), at);
    }
}
