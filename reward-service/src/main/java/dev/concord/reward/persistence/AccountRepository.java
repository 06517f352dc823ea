package dev.concord.reward.persistence;

import static dev.concord.reward.persistence.LedgerEntries.instant;
import static dev.concord.reward.persistence.LedgerEntries.timestamp;

import dev.concord.reward.account.AccountStore;
import dev.concord.reward.account.Reservation;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Client accounts on PostgreSQL: balances, deposits and reservations (schema in V2__client_accounts.sql). */
@Repository
public class AccountRepository implements AccountStore {

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
        return jdbc.sql("SELECT account, amount_micros, reserved_at FROM reservations WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> new Reservation(requestId, Accounts.clientAccountId(rs.getString(1)),
                        rs.getLong(2), instant(rs, 3)))
                .optional();
    }

    @Override
    public void reserve(Reservation reservation, Transfer transfer) {
        jdbc.sql("INSERT INTO reservations (request_id, account, amount_micros, reserved_at) VALUES (?, ?, ?, ?)")
                .params(reservation.requestId(), reservation.account(), reservation.amountMicros(),
                        timestamp(reservation.reservedAt()))
                .update();
        entries.insert(transfer, reservation.requestId(), reservation.reservedAt());
    }

    @Override
    public boolean isSettled(String requestId) {
        return jdbc.sql("SELECT count(*) FROM settlements WHERE request_id = ?").param(requestId)
                .query(Long.class).single() > 0;
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
