package dev.concord.reward.persistence;

import dev.concord.protocol.event.Payout;
import dev.concord.reward.settlement.AccountKind;
import dev.concord.reward.settlement.Accounts;
import dev.concord.reward.settlement.Ledger;
import dev.concord.reward.settlement.SettlementPlan;
import dev.concord.reward.settlement.Transfer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger on PostgreSQL: accounts, settlements, payouts and append-only transfers (schema in V1__ledger.sql). */
@Repository
public class LedgerRepository implements Ledger {

    private final JdbcClient jdbc;

    public LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(SettlementPlan plan, Instant settledAt) {
        // ON CONFLICT makes a concurrent duplicate wait for the first writer's commit and then do nothing.
        int inserted = jdbc.sql("""
                        INSERT INTO settlements (request_id, status, fee_micros, decided_at, settled_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""")
                .params(plan.requestId(), plan.status().name(), plan.feeMicros(), timestamp(plan.decidedAt()),
                        timestamp(settledAt))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (int position = 0; position < plan.payouts().size(); position++) {
            Payout payout = plan.payouts().get(position);
            openAccount(payout.account());
            jdbc.sql("INSERT INTO payouts (request_id, position, account, amount_micros, reason) VALUES (?, ?, ?, ?, ?)")
                    .params(plan.requestId(), position, payout.account(), payout.amountMicros(), payout.reason())
                    .update();
        }
        for (Transfer transfer : plan.transfers()) {
            jdbc.sql("""
                            INSERT INTO ledger_entries
                                (transfer_id, request_id, debit_account, credit_account, amount_micros, reason, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(transfer.id(), plan.requestId(), transfer.debitAccount(), transfer.creditAccount(),
                            transfer.amountMicros(), transfer.reason(), timestamp(settledAt))
                    .update();
        }
        return true;
    }

    public Optional<StoredSettlement> findSettlement(String requestId) {
        return jdbc.sql("SELECT status, fee_micros, decided_at, settled_at FROM settlements WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> new Header(rs.getString(1), rs.getLong(2), instant(rs, 3), instant(rs, 4)))
                .optional()
                .map(h -> new StoredSettlement(requestId, h.status(), h.feeMicros(), h.decidedAt(), h.settledAt(),
                        payouts(requestId), transfers(requestId)));
    }

    public Optional<AccountBalance> findAccount(String account) {
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

    private List<Payout> payouts(String requestId) {
        return jdbc.sql("SELECT account, amount_micros, reason FROM payouts WHERE request_id = ? ORDER BY position")
                .param(requestId)
                .query((rs, n) -> new Payout(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    private List<Transfer> transfers(String requestId) {
        return jdbc.sql("""
                        SELECT transfer_id, debit_account, credit_account, amount_micros, reason
                        FROM ledger_entries WHERE request_id = ? ORDER BY entry_no""")
                .param(requestId)
                .query((rs, n) -> new Transfer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .list();
    }

    private void openAccount(String account) {
        jdbc.sql("INSERT INTO accounts (id, kind) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
                .params(account, Accounts.kindOf(account).name().toLowerCase(Locale.ROOT))
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private record Header(String status, long feeMicros, Instant decidedAt, Instant settledAt) {
    }
}
