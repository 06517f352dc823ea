package dev.concord.reward.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.reward.ledger.AccountKind;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import dev.concord.reward.settlement.SettlementPlan;
import dev.concord.reward.support.Decisions;
import dev.concord.testsupport.SharedInfrastructure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's SQL on the real PostgreSQL, migrated by Flyway. Each test commits (no test transaction), because the
 * balance check is a constraint trigger that runs at commit.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({LedgerRepository.class, LedgerEntries.class})
class LedgerRepositoryTest {

    private static final Instant SETTLED_AT = Instant.parse("2026-11-26T09:00:01.5Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SharedInfrastructure.registerPostgres(registry, "reward");
    }

    @Autowired
    LedgerRepository ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private final String requestId = Decisions.newRequestId();
    private final String node = Accounts.node("n-" + requestId);

    @Test
    void recordsASettlementAndReadsItBackInOrder() {
        SettlementPlan plan = plan(700, 0, 300);

        assertThat(record(plan, SETTLED_AT)).isTrue();

        StoredSettlement stored = ledger.findSettlement(requestId).orElseThrow();
        assertThat(stored.status()).isEqualTo("DECIDED");
        assertThat(stored.feeMicros()).isEqualTo(1_000);
        assertThat(stored.settledAt()).isEqualTo(SETTLED_AT);
        assertThat(stored.decidedAt()).isEqualTo(plan.decidedAt());
        assertThat(stored.payouts()).isEqualTo(plan.payouts());
        assertThat(stored.transfers()).isEqualTo(plan.transfers());
        assertThat(ledger.findAccount(node)).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(AccountKind.NODE);
            assertThat(a.balanceMicros()).isEqualTo(700);
        });
    }

    @Test
    void theSecondRecordOfARoundWritesNothing() {
        record(plan(700, 0, 300), SETTLED_AT);
        long escrowBefore = ledger.findAccount(Accounts.CLIENT_ESCROW).orElseThrow().balanceMicros();

        assertThat(record(plan(700, 0, 300), SETTLED_AT.plusSeconds(5))).isFalse();

        assertThat(ledger.findAccount(Accounts.CLIENT_ESCROW).orElseThrow().balanceMicros()).isEqualTo(escrowBefore);
        assertThat(ledger.findAccount(node).orElseThrow().balanceMicros()).isEqualTo(700);
        assertThat(ledger.findSettlement(requestId).orElseThrow().settledAt()).isEqualTo(SETTLED_AT);
    }

    @Test
    void unknownRoundsAndAccountsAreEmpty() {
        assertThat(ledger.findSettlement(requestId)).isEmpty();
        assertThat(ledger.findAccount(node)).isEmpty();
        assertThat(ledger.findAccount(Accounts.PROTOCOL)).hasValueSatisfying(a -> assertThat(a.kind())
                .isEqualTo(AccountKind.PROTOCOL));
    }

    @Test
    void aSettlementWhoseTransfersDoNotAddUpToTheFeeCannotCommit() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO settlements VALUES (?, 'DECIDED', 1000, now(), now())").param(requestId).update();
            jdbc.sql("INSERT INTO payouts VALUES (?, 0, 'protocol', 1000, 'all of it')").param(requestId).update();
            jdbc.sql("INSERT INTO ledger_entries (transfer_id, purpose, request_id, debit_account, credit_account, "
                    + "amount_micros, reason, created_at) VALUES (?, 'payout', ?, 'client-escrow', 'protocol', 999, 'one short', now())")
                    .params(requestId + "/0", requestId).update();
        })).rootCause().hasMessageContaining("unbalanced");

        assertThat(ledger.findSettlement(requestId)).isEmpty();
    }

    @Test
    void entriesCannotBeChangedOrRemoved() {
        record(plan(700, 0, 300), SETTLED_AT);

        assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_entries SET amount_micros = 1 WHERE request_id = ?")
                .param(requestId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_entries WHERE request_id = ?")
                .param(requestId).update()).hasMessageContaining("append-only");
    }

    @Test
    void theSchemaRejectsNonPositiveTransfers() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO settlements VALUES (?, 'DECIDED', 0, now(), now())").param(requestId).update();
            jdbc.sql("INSERT INTO ledger_entries (transfer_id, purpose, request_id, debit_account, credit_account, "
                    + "amount_micros, reason, created_at) VALUES (?, 'payout', ?, 'client-escrow', 'protocol', 0, 'nothing', now())")
                    .params(requestId + "/0", requestId).update();
        })).hasMessageContaining("amount_micros");
    }

    /** Records in a transaction of its own, committed as the listener's would be. */
    private boolean record(SettlementPlan plan, Instant settledAt) {
        return Boolean.TRUE.equals(tx.execute(s -> ledger.record(plan, settledAt)));
    }

    /** A decided round paying a node, nobody (a zero payout) and the protocol. */
    private SettlementPlan plan(long toNode, long toNobody, long toProtocol) {
        String idle = Accounts.node("idle-" + requestId);
        List<Payout> payouts = List.of(new Payout(node, toNode, "inference reward"),
                new Payout(idle, toNobody, "no payout"), new Payout(Accounts.PROTOCOL, toProtocol, "protocol share"));
        List<Transfer> transfers = List.of(
                new Transfer(requestId + "/0", TransferPurpose.PAYOUT, Accounts.CLIENT_ESCROW, node, toNode, "inference reward"),
                new Transfer(requestId + "/2", TransferPurpose.PAYOUT, Accounts.CLIENT_ESCROW, Accounts.PROTOCOL, toProtocol, "protocol share"));
        return new SettlementPlan(requestId, RoundStatus.DECIDED, toNode + toNobody + toProtocol,
                Instant.parse("2026-11-26T09:00:00Z"), payouts, transfers, null);
    }
}
