package dev.concord.reward.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What must hold of the ledger after every test, read straight from the tables. */
public final class LedgerInvariants {

    /** The kinds of account whose balance is read as debits - credits (see AccountKind). */
    private static final String DEBIT_NORMAL = "('treasury', 'escrow', 'shortfall')";

    /** The sum of (debits - credits) over the accounts the appended WHERE picks. */
    private static final String BALANCES = """
            SELECT COALESCE(SUM(COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE debit_account = a.id), 0)
                              - COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE credit_account = a.id), 0)), 0)
            FROM accounts a""";

    private LedgerInvariants() {
    }

    public static void assertHold(JdbcClient jdbc) {
        // Debits equal credits: the schema makes every entry one debit and one credit of the same positive amount,
        // so this is the balance sheet read back (what treasury and escrow hold = what everyone else is owed).
        assertThat(jdbc.sql(BALANCES + " WHERE a.kind IN " + DEBIT_NORMAL).query(Long.class).single())
                .as("debit-normal balances").isEqualTo(-jdbc.sql(BALANCES + " WHERE a.kind NOT IN " + DEBIT_NORMAL)
                        .query(Long.class).single());
        assertThat(jdbc.sql("""
                        SELECT a.id FROM accounts a
                        CROSS JOIN LATERAL (SELECT
                            COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE debit_account = a.id), 0) AS d,
                            COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE credit_account = a.id), 0) AS c) t
                        WHERE CASE WHEN a.kind IN """ + DEBIT_NORMAL + " THEN t.d - t.c ELSE t.c - t.d END < 0")
                .query(String.class).list()).as("accounts below zero on their normal side").isEmpty();
        assertThat(jdbc.sql("""
                        SELECT s.request_id FROM settlements s
                        WHERE s.fee_micros <> (SELECT COALESCE(SUM(amount_micros), 0) FROM payouts p
                                               WHERE p.request_id = s.request_id)
                           OR s.fee_micros <> (SELECT COALESCE(SUM(amount_micros), 0) FROM ledger_entries e
                                               WHERE e.request_id = s.request_id AND e.purpose = 'payout')""")
                .query(String.class).list()).as("settlements whose payouts or transfers miss the fee").isEmpty();
        assertThat(jdbc.sql("""
                        SELECT COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE credit_account = 'client-reserved'), 0)
                             - COALESCE((SELECT SUM(amount_micros) FROM ledger_entries WHERE debit_account = 'client-reserved'), 0)""")
                .query(Long.class).single()).as("client-reserved holds exactly the open reservations")
                .isEqualTo(jdbc.sql("""
                        SELECT COALESCE(SUM(r.amount_micros), 0) FROM reservations r
                        WHERE NOT EXISTS (SELECT 1 FROM reservation_closures c WHERE c.request_id = r.request_id)""")
                        .query(Long.class).single());
        assertThat(jdbc.sql("""
                        SELECT e.transfer_id FROM ledger_entries e
                        WHERE e.purpose IN ('late_charge', 'shortfall')
                          AND NOT EXISTS (SELECT 1 FROM reservation_closures c
                                          WHERE c.request_id = e.request_id AND c.outcome = 'expired')""")
                .query(String.class).list()).as("late charges and shortfalls of rounds whose reservation did not expire")
                .isEmpty();
    }
}
