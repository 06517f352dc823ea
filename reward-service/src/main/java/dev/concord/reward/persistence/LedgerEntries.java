package dev.concord.reward.persistence;

import dev.concord.reward.account.ReservationClosure;
import dev.concord.reward.ledger.AccountKind;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL every repository of the ledger shares: opening accounts, writing and reading transfers, balances. */
@Component
class LedgerEntries {

    static final String TRANSFER_COLUMNS = "transfer_id, purpose, debit_account, credit_account, amount_micros, reason";

    private final JdbcClient jdbc;

    LedgerEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void openAccount(String account) {
        jdbc.sql("INSERT INTO accounts (id, kind) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
                .params(account, Accounts.kindOf(account).name().toLowerCase(Locale.ROOT))
                .update();
    }

    /** Writes a transfer, opening its accounts if they are new. */
    void insert(Transfer transfer, String requestId, Instant at) {
        openAccount(transfer.debitAccount());
        openAccount(transfer.creditAccount());
        jdbc.sql("INSERT INTO ledger_entries (" + TRANSFER_COLUMNS + ", request_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(transfer.id(), transfer.purpose().name().toLowerCase(Locale.ROOT), transfer.debitAccount(),
                        transfer.creditAccount(), transfer.amountMicros(), transfer.reason(), requestId, timestamp(at))
                .update();
    }

    /** A reservation's close: the release transfer, if any, and the closure row, whose key makes it happen once. */
    void close(ReservationClosure closure, Instant at) {
        String requestId = closure.reservation().requestId();
        closure.release().ifPresent(release -> insert(release, requestId, at));
        jdbc.sql("""
                        INSERT INTO reservation_closures (request_id, outcome, charged_micros, released_micros, closed_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(requestId, closure.outcome().name().toLowerCase(Locale.ROOT), closure.chargedMicros(),
                        closure.releasedMicros(), timestamp(at))
                .update();
    }

    Optional<Transfer> find(String transferId) {
        return jdbc.sql("SELECT " + TRANSFER_COLUMNS + " FROM ledger_entries WHERE transfer_id = ?")
                .param(transferId)
                .query((rs, n) -> transfer(rs))
                .optional();
    }

    Optional<AccountBalance> balance(String account) {
        return jdbc.sql("""
                        SELECT a.id, a.kind,
                               (SELECT COALESCE(SUM(amount_micros), 0) FROM ledger_entries WHERE debit_account = a.id),
                               (SELECT COALESCE(SUM(amount_micros), 0) FROM ledger_entries WHERE credit_account = a.id)
                        FROM accounts a WHERE a.id = ?""")
                .param(account)
                .query((rs, n) -> new AccountBalance(rs.getString(1),
                        AccountKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getLong(3), rs.getLong(4)))
                .optional();
    }

    /** A transfer from the first six columns of a row in {@link #TRANSFER_COLUMNS} order. */
    static Transfer transfer(ResultSet rs) throws SQLException {
        return new Transfer(rs.getString(1), TransferPurpose.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
