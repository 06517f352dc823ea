package dev.concord.reward.persistence;

import static dev.concord.reward.persistence.LedgerEntries.instant;
import static dev.concord.reward.persistence.LedgerEntries.timestamp;

import dev.concord.protocol.event.Payout;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.settlement.Ledger;
import dev.concord.reward.settlement.SettlementPlan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Settlements on PostgreSQL: the settlement row (the idempotency record), its payouts, its append-only transfers and
 * the close of its reservation (schema in V1__ledger.sql and V2__client_accounts.sql).
 */
@Repository
public class LedgerRepository implements Ledger {

    private final JdbcClient jdbc;
    private final LedgerEntries entries;

    public LedgerRepository(JdbcClient jdbc, LedgerEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
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
            entries.openAccount(payout.account());
            jdbc.sql("INSERT INTO payouts (request_id, position, account, amount_micros, reason) VALUES (?, ?, ?, ?, ?)")
                    .params(plan.requestId(), position, payout.account(), payout.amountMicros(), payout.reason())
                    .update();
        }
        for (Transfer transfer : plan.funding()) {
            entries.insert(transfer, plan.requestId(), settledAt);
        }
        for (Transfer transfer : plan.transfers()) {
            entries.insert(transfer, plan.requestId(), settledAt);
        }
        if (plan.closure() != null) {
            entries.close(plan.closure(), settledAt);
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
        return entries.balance(account);
    }

    private List<Payout> payouts(String requestId) {
        return jdbc.sql("SELECT account, amount_micros, reason FROM payouts WHERE request_id = ? ORDER BY position")
                .param(requestId)
                .query((rs, n) -> new Payout(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Every transfer of the round, in the order written: reserve, (expiry's release, late charge, shortfall), payouts, release. */
    private List<Transfer> transfers(String requestId) {
        return jdbc.sql("SELECT " + LedgerEntries.TRANSFER_COLUMNS
                        + " FROM ledger_entries WHERE request_id = ? ORDER BY entry_no")
                .param(requestId)
                .query((rs, n) -> LedgerEntries.transfer(rs))
                .list();
    }

    private record Header(String status, long feeMicros, Instant decidedAt, Instant settledAt) {
    }
}
