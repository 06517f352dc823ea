package dev.concord.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import dev.concord.reward.persistence.LedgerRepository;
import dev.concord.reward.persistence.StoredSettlement;
import dev.concord.reward.scheduling.ReservationSweeper;
import dev.concord.reward.support.ApiClient;
import dev.concord.reward.support.Decisions;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Reservations whose round is never decided expire, on the real PostgreSQL: the scheduled sweeper releases them once,
 * a decision racing the sweeper settles exactly once, and a decision after the expiry pays the nodes in full from
 * the client's balance, with what the balance cannot cover advanced by the protocol and recorded as a shortfall.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReservationExpiryIntegrationTest extends RewardServiceIntegrationTest {

    /** Far enough in the past that deadline + the default grace (10 minutes) has passed. */
    private static final Instant LONG_AGO_DEADLINE = Instant.now().minus(Duration.ofHours(1));

    @Autowired
    ReservationSweeper sweeper;
    @Autowired
    LedgerRepository ledger;

    private final String accountId = "acct-" + UUID.randomUUID();
    private final String requestId = Decisions.newRequestId();

    @Test
    void expiredReservationReleasesTheFundsOnce() {
        api.deposit(accountId, "dep-" + accountId, 10_000);
        String live = requestId + "-live";
        HttpResponse<String> reserved = api.reserve(accountId, requestId, 4_000, LONG_AGO_DEADLINE);
        HttpResponse<String> liveReserved = api.reserve(accountId, live, 1_000, Instant.now().plusSeconds(30));
        assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(201);
        assertThat(Instant.parse(ApiClient.json(reserved).get("expiresAt").asString()))
                .isEqualTo(LONG_AGO_DEADLINE.plus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.MICROS));

        // the scheduled sweeper (every 500 ms in tests) finds it
        Awaitility.await().atMost(WAIT).until(() -> closure(requestId) != null);
        sweeper.sweep();
        sweeper.sweep();

        assertThat(closure(requestId)).isEqualTo("expired 0 4000");
        assertThat(api.balance(accountId)).isEqualTo(9_000);
        assertThat(releases(requestId)).as("released once").isEqualTo(1);
        assertThat(closure(live)).as("a reservation before its expiry stays").isNull();
        // a replay of the expired reservation answers what was recorded and locks nothing again
        HttpResponse<String> replay = api.reserve(accountId, requestId, 4_000, LONG_AGO_DEADLINE);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(api.balance(accountId)).isEqualTo(9_000);
        settler.settle(Decisions.paidFrom(Decisions.undecided(live, RoundStatus.NO_RESPONSES, 1_000), accountId));
    }

    @Test
    void reservationWithoutADeadlineExpiresAfterTheDefaultRoundAndOneTooFarIsRefused() {
        api.deposit(accountId, "dep-" + accountId, 10_000);

        HttpResponse<String> defaulted = api.reserve(accountId, requestId, 1_000, null);
        HttpResponse<String> tooFar = api.reserve(accountId, requestId + "-far", 1_000, Instant.now().plus(Duration.ofHours(2)));

        JsonNode body = ApiClient.json(defaulted);
        assertThat(Duration.between(Instant.parse(body.get("reservedAt").asString()),
                Instant.parse(body.get("expiresAt").asString()))).isEqualTo(Duration.ofSeconds(60).plusMinutes(10));
        assertThat(tooFar.statusCode()).as(tooFar.body()).isEqualTo(400);
        assertThat(ApiClient.json(tooFar).get("error").get("message").asString()).contains("roundDeadline");
        assertThat(api.balance(accountId)).isEqualTo(9_000);
        settler.settle(Decisions.paidFrom(Decisions.undecided(requestId, RoundStatus.NO_SCORES, 1_000), accountId));
    }

    @Test
    void decisionAfterExpiryChargesTheFeeFromTheBalanceOnce() {
        api.deposit(accountId, "dep-" + accountId, 10_000);
        api.reserve(accountId, requestId, 4_000, LONG_AGO_DEADLINE);
        awaitExpired(requestId);
        assertThat(api.balance(accountId)).isEqualTo(10_000);
        RoundDecision decision = Decisions.paidFrom(Decisions.decided(requestId, 2_500), accountId);

        assertThat(settler.settle(decision)).isTrue();
        assertThat(settler.settle(decision)).as("a redelivery changes nothing").isFalse();

        StoredSettlement settlement = ledger.findSettlement(requestId).orElseThrow();
        assertThat(settlement.feeMicros()).isEqualTo(2_500);
        assertThat(paidOut(settlement)).isEqualTo(2_500);
        assertThat(settlement.transfers()).extracting(Transfer::purpose).startsWith(TransferPurpose.RESERVE,
                TransferPurpose.RELEASE, TransferPurpose.LATE_CHARGE, TransferPurpose.PAYOUT)
                .doesNotContain(TransferPurpose.SHORTFALL);
        assertThat(settlement.transfers()).filteredOn(t -> t.purpose() == TransferPurpose.LATE_CHARGE).singleElement()
                .satisfies(t -> {
                    assertThat(t.debitAccount()).isEqualTo(Accounts.client(accountId));
                    assertThat(t.amountMicros()).isEqualTo(2_500);
                });
        assertThat(api.balance(accountId)).isEqualTo(7_500);
        assertThat(closure(requestId)).as("the expiry stays the reservation's one close").isEqualTo("expired 0 4000");
    }

    @Test
    void decisionAfterExpiryBeyondTheBalanceRecordsTheShortfallAsProtocolFunded() {
        api.deposit(accountId, "dep-" + accountId, 4_000);
        api.reserve(accountId, requestId, 4_000, LONG_AGO_DEADLINE);
        awaitExpired(requestId);
        // the released money is spent on the next round before the late decision comes
        String next = requestId + "-next";
        assertThat(api.reserve(accountId, next, 3_000, null).statusCode()).isEqualTo(201);
        long shortfallBefore = api.balance(Accounts.PROTOCOL_SHORTFALL);

        settler.settle(Decisions.paidFrom(Decisions.decided(requestId, 2_500), accountId));

        StoredSettlement settlement = ledger.findSettlement(requestId).orElseThrow();
        assertThat(settlement.feeMicros()).as("the nodes are paid in full").isEqualTo(2_500);
        assertThat(paidOut(settlement)).isEqualTo(2_500);
        assertThat(settlement.transfers()).filteredOn(t -> t.purpose() == TransferPurpose.LATE_CHARGE)
                .extracting(Transfer::amountMicros).containsExactly(1_000L);
        assertThat(settlement.transfers()).filteredOn(t -> t.purpose() == TransferPurpose.SHORTFALL).singleElement()
                .satisfies(t -> {
                    assertThat(t.debitAccount()).isEqualTo(Accounts.PROTOCOL_SHORTFALL);
                    assertThat(t.amountMicros()).isEqualTo(1_500);
                    assertThat(t.reason()).contains(accountId).contains("covered 1000 of 2500");
                });
        assertThat(api.balance(accountId)).as("never negative").isZero();
        assertThat(api.balance(Accounts.PROTOCOL_SHORTFALL) - shortfallBefore).isEqualTo(1_500);
        settler.settle(Decisions.paidFrom(Decisions.decided(next, 2_000), accountId));
        assertThat(api.balance(accountId)).isEqualTo(1_000);
    }

    @Test
    void failedRoundAfterExpiryChargesNothing() {
        api.deposit(accountId, "dep-" + accountId, 10_000);
        api.reserve(accountId, requestId, 4_000, LONG_AGO_DEADLINE);
        awaitExpired(requestId);

        settler.settle(Decisions.paidFrom(Decisions.undecided(requestId, RoundStatus.NO_SCORES, 2_500), accountId));

        StoredSettlement settlement = ledger.findSettlement(requestId).orElseThrow();
        assertThat(settlement.feeMicros()).isZero();
        assertThat(settlement.payouts()).isEmpty();
        assertThat(api.balance(accountId)).isEqualTo(10_000);
    }

    @Test
    void expiryRacingTheDecisionSettlesEachRoundExactlyOnce() throws Exception {
        int rounds = 12;
        api.deposit(accountId, "dep-" + accountId, 100_000);
        // every reservation falls due at the same instant, and the decisions start at that instant too
        Instant dueAt = Instant.now().plusSeconds(3);
        Instant deadline = dueAt.minus(Duration.ofMinutes(10));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            ids.add(requestId + "-" + i);
            assertThat(api.reserve(accountId, ids.get(i), 4_000, deadline).statusCode()).isEqualTo(201);
        }
        assertThat(Instant.now()).as("reservations made before they fall due").isBefore(dueAt);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            // two sweepers, as two replicas run them (the scheduled one joins in too), against every round's decision
            for (int s = 0; s < 2; s++) {
                work.add(threads.submit(() -> {
                    start.await();
                    while (closures() < rounds) {
                        sweeper.sweep();
                    }
                    return null;
                }));
            }
            for (String id : ids) {
                work.add(threads.submit(() -> {
                    start.await();
                    return settler.settle(Decisions.paidFrom(Decisions.decided(id, 2_500), accountId));
                }));
            }
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis()));
            start.countDown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> outcomes = new ArrayList<>();
        for (String id : ids) {
            StoredSettlement settlement = ledger.findSettlement(id).orElseThrow();
            assertThat(settlement.feeMicros()).isEqualTo(2_500);
            assertThat(paidOut(settlement)).isEqualTo(2_500);
            String closure = closure(id);
            assertThat(closure).isIn("settled 2500 1500", "expired 0 4000");
            outcomes.add(closure.split(" ")[0]);
            assertThat(settlement.transfers()).filteredOn(t -> t.purpose() == TransferPurpose.LATE_CHARGE)
                    .hasSize(closure.startsWith("expired") ? 1 : 0);
            assertThat(releases(id)).isEqualTo(1);
        }
        assertThat(api.balance(accountId)).as("each round charged its fee once, whichever came first")
                .isEqualTo(100_000 - rounds * 2_500L);
        assertThat(closures()).isEqualTo(rounds);
        System.out.println("expiry race outcomes: " + outcomes);
    }

    private long closures() {
        return jdbc.sql("SELECT count(*) FROM reservation_closures WHERE request_id LIKE ?").param(requestId + "-%")
                .query(Long.class).single();
    }

    private void awaitExpired(String round) {
        Awaitility.await().atMost(WAIT).until(() -> closure(round) != null);
        assertThat(closure(round)).startsWith("expired");
    }

    private long releases(String round) {
        return jdbc.sql("SELECT count(*) FROM ledger_entries WHERE request_id = ? AND purpose = 'release'")
                .param(round).query(Long.class).single();
    }

    private static long paidOut(StoredSettlement settlement) {
        return settlement.transfers().stream().filter(t -> t.purpose() == TransferPurpose.PAYOUT)
                .mapToLong(Transfer::amountMicros).sum();
    }
}
