package dev.concord.reward.persistence;

import static dev.concord.reward.persistence.LedgerEntries.instant;
import static dev.concord.reward.persistence.LedgerEntries.timestamp;

import dev.concord.reward.account.AccountStore;
import dev.concord.reward.account.Reservation;
import dev.concord.reward.account.ReservationClosure;
import dev.concord.reward.account.ReservationOutcome;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Client accounts on PostgreSQL: balances, deposits and reservations (schema in V2__client_accounts.sql, expiry in
 * V4__reservation_expiry.sql).
 */
@Repository
public class AccountRepository implements AccountStore {

    private static final String RESERVATION_COLUMNS = "request_id, account, amount_micros, reserved_at, expires_at";

    private final JdbcClient jdbc;
    private final LedgerEntries entries;

    public AccountRepository(JdbcClient jdbc, LedgerEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    @Override
    public void lock(String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(key).query().singleRow();
    }

    @Override
    public long lockBalance(String account) {
        entries.openAccount(account);
        jdbc.sql("SELECT id FROM accounts WHERE id = ? FOR UPDATE").param(account).query(String.class).single();
        return entries.balance(account).orElseThrow().balanceMicros();
    }

    @Override
    public Optional<Transfer> transfer(String transferId) {
        return entries.find(transferId);
    }

    @Override
    public void post(Transfer transfer, Instant at) {
        entries.insert(transfer, null, at);
    }

    @Override
    public Optional<Reservation> reservation(String requestId) {
        return jdbc.sql("SELECT " + RESERVATION_COLUMNS + " FROM reservations WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> reservation(rs))
                .optional();
    }

    @Override
    public void reserve(Reservation reservation, Transfer transfer) {
        jdbc.sql("""
                        INSERT INTO reservations (request_id, account, amount_micros, reserved_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(reservation.requestId(), reservation.account(), reservation.amountMicros(),
                        timestamp(reservation.reservedAt()), timestamp(reservation.expiresAt()))
                .update();
        entries.insert(transfer, reservation.requestId(), reservation.reservedAt());
    }

    @Override
    public Optional<ReservationOutcome> closure(String requestId) {
        return jdbc.sql("SELECT outcome FROM reservation_closures WHERE request_id = ?").param(requestId)
                .query((rs, n) -> ReservationOutcome.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)))
                .optional();
    }

    /**
     * FOR NO KEY UPDATE, not FOR UPDATE: a settlement writing the round's closure takes a KEY SHARE lock on the
     * reservation through the foreign key, and must not wait for a sweeper that waits for the round's lock it holds.
     */
    @Override
    public Optional<Reservation> lockNextExpired(Instant now) {
        return jdbc.sql("SELECT " + RESERVATION_COLUMNS + """
                         FROM reservations r
                        WHERE r.expires_at <= ?
                          AND NOT EXISTS (SELECT 1 FROM reservation_closures c WHERE c.request_id = r.request_id)
                        ORDER BY r.expires_at LIMIT 1
                        FOR NO KEY UPDATE OF r SKIP LOCKED""")
                .param(timestamp(now))
                .query((rs, n) -> reservation(rs))
                .optional();
    }

    @Override
    public void close(ReservationClosure closure, Instant at) {
        entries.close(closure, at);
    }

    @Override
    public boolean isSettled(String requestId) {
        return jdbc.sql("SELECT count(*) FROM settlements WHERE request_id = ?").param(requestId)
                .query(Long.class).single() > 0;
    }

    private static Reservation reservation(ResultSet rs) throws SQLException {
        return new Reservation(rs.getString(1), Accounts.clientAccountId(rs.getString(2)), rs.getLong(3),
                instant(rs, 4), instant(rs, 5));
    }

    public Optional<AccountBalance> balance(String account) {
        return entries.balance(account);
    }

    /**
     * A page of the account's statement, newest first: the entries before {@code beforeEntryNo} (exclusive), at most
     * {@code limit} of them.
     */
    public List<StatementLine> statement(String account, long beforeEntryNo, int limit) {
        return jdbc.sql("SELECT " + LedgerEntries.TRANSFER_COLUMNS + """
                        , entry_no, request_id, created_at FROM ledger_entries
                        WHERE (debit_account = :account OR credit_account = :account) AND entry_no < :before
                        ORDER BY entry_no DESC LIMIT :limit""")
                .param("account", account).param("before", beforeEntryNo).param("limit", limit)
                .query((rs, n) -> StatementLine.of(account, rs.getLong(7), LedgerEntries.transfer(rs),
                        rs.getString(8), instant(rs, 9)))
                .list();
    }
}
