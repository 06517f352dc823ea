package dev.concord.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.Topics;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Settlement;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import dev.concord.reward.persistence.LedgerRepository;
import dev.concord.reward.persistence.StoredSettlement;
import dev.concord.reward.support.ApiClient;
import dev.concord.reward.support.Decisions;
import dev.concord.testsupport.KafkaTestConsumer;
import java.net.http.HttpResponse;
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
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A client's prepaid account over HTTP and Kafka, on the real PostgreSQL and Kafka: deposit, reserve a round's
 * maximum fee, and let the round's decision settle (charge the fee, release the rest) or void the reservation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAccountIntegrationTest extends RewardServiceIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    LedgerRepository ledger;

    private final String accountId = "acct-" + UUID.randomUUID();
    private final String requestId = Decisions.newRequestId();

    @Test
    void depositIsIdempotentPerDepositId() {
        HttpResponse<String> first = deposit("dep-" + accountId, 5_000);
        HttpResponse<String> replay = deposit("dep-" + accountId, 5_000);
        HttpResponse<String> otherTerms = deposit("dep-" + accountId, 6_000);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(first).get("balanceMicros").asLong()).isEqualTo(5_000);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(replay).get("balanceMicros").asLong()).isEqualTo(5_000);
        assertThat(otherTerms.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(otherTerms).get("error").get("code").asString()).isEqualTo("idempotency_conflict");
        assertThat(balance()).isEqualTo(5_000);
    }

    @Test
    void depositWithoutTheTreasuryTokenIsRefusedWith401() {
        String body = "{\"depositId\":\"dep-" + accountId + "\",\"amountMicros\":5000}";
        String path = "/v1/accounts/" + accountId + "/deposits";

        HttpResponse<String> none = api.post(path, body);
        HttpResponse<String> wrong = api.post(path, body, ApiClient.TREASURY_TOKEN + "x");
        HttpResponse<String> gateways = api.post(path, body, ApiClient.INTERNAL_TOKEN);
        HttpResponse<String> malformed = api.post(path, "{not json");

        for (HttpResponse<String> refused : List.of(none, wrong, gateways, malformed)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            JsonNode error = ApiClient.json(refused).get("error");
            assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
            assertThat(error.get("code").asString()).isEqualTo("invalid_treasury_token");
            assertThat(error.get("message").asString()).contains("Authorization: Bearer");
        }
        assertThat(api.get("/v1/accounts/" + accountId).statusCode()).as("nothing was credited").isEqualTo(404);

        HttpResponse<String> treasury = api.post(path, body, ApiClient.TREASURY_TOKEN);
        assertThat(treasury.statusCode()).as(treasury.body()).isEqualTo(201);
        assertThat(balance()).isEqualTo(5_000);
    }

    @Test
    void reservationWithoutTheInternalTokenIsRefusedWith401() {
        deposit("dep-" + accountId, 10_000);
        String body = "{\"requestId\":\"" + requestId + "\",\"amountMicros\":4000}";
        String path = "/v1/accounts/" + accountId + "/reservations";

        HttpResponse<String> none = api.post(path, body);
        HttpResponse<String> wrong = api.post(path, body, "internal-token-for-test");
        HttpResponse<String> treasurys = api.post(path, body, ApiClient.TREASURY_TOKEN);

        for (HttpResponse<String> refused : List.of(none, wrong, treasurys)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(ApiClient.json(refused).get("error").get("code").asString()).isEqualTo("invalid_internal_token");
        }
        assertThat(balance()).as("nothing was locked").isEqualTo(10_000);

        HttpResponse<String> gateways = api.post(path, body, ApiClient.INTERNAL_TOKEN);
        assertThat(gateways.statusCode()).as(gateways.body()).isEqualTo(201);
        assertThat(balance()).isEqualTo(6_000);
        assertThat(api.get("/v1/accounts/" + accountId + "/statement").statusCode()).as("reads stay open").isEqualTo(200);
    }

    @Test
    void reservationBeyondTheBalanceIsRefusedWith402() {
        deposit("dep-" + accountId, 1_000);

        HttpResponse<String> refused = reserve(requestId, 1_001);

        assertThat(refused.statusCode()).isEqualTo(402);
        JsonNode error = ApiClient.json(refused).get("error");
        assertThat(error.get("type").asString()).isEqualTo("insufficient_quota");
        assertThat(error.get("code").asString()).isEqualTo("insufficient_balance");
        assertThat(error.get("param").asString()).isEqualTo("amountMicros");
        assertThat(error.get("message").asString()).contains(accountId).contains("1000");
        assertThat(balance()).isEqualTo(1_000);
        assertThat(reserve(requestId, 0).statusCode()).isEqualTo(400);
        assertThat(api.post("/v1/accounts/" + accountId + "/reservations", "{\"amountMicros\":5}",
                ApiClient.INTERNAL_TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void reservationIsIdempotentPerRequestId() {
        deposit("dep-" + accountId, 10_000);

        HttpResponse<String> first = reserve(requestId, 4_000);
        HttpResponse<String> replay = reserve(requestId, 4_000);
        HttpResponse<String> otherAmount = reserve(requestId, 3_000);

        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode body = ApiClient.json(first);
        assertThat(body.get("requestId").asString()).isEqualTo(requestId);
        assertThat(body.get("accountId").asString()).isEqualTo(accountId);
        assertThat(body.get("amountMicros").asLong()).isEqualTo(4_000);
        assertThat(body.get("availableMicros").asLong()).isEqualTo(6_000);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(replay).get("reservedAt")).isEqualTo(body.get("reservedAt"));
        assertThat(otherAmount.statusCode()).isEqualTo(409);
        assertThat(balance()).isEqualTo(6_000);
    }

    @Test
    void decidedRoundChargesItsFeeAndReleasesTheRest() throws Exception {
        deposit("dep-" + accountId, 10_000);
        reserve(requestId, 4_000);

        publish(Decisions.paidFrom(Decisions.decided(requestId, 2_500), accountId));

        StoredSettlement settlement = awaitSettlement();
        assertThat(settlement.feeMicros()).isEqualTo(2_500);
        assertThat(settlement.transfers()).extracting(Transfer::purpose).first().isEqualTo(TransferPurpose.RESERVE);
        assertThat(settlement.transfers()).filteredOn(t -> t.purpose() == TransferPurpose.PAYOUT)
                .allMatch(t -> t.debitAccount().equals(Accounts.CLIENT_RESERVED))
                .extracting(Transfer::amountMicros).containsOnly(settlement.payouts().stream()
                        .filter(p -> p.amountMicros() > 0).map(p -> p.amountMicros()).toArray(Long[]::new));
        assertThat(settlement.transfers()).filteredOn(t -> t.purpose() == TransferPurpose.RELEASE).singleElement()
                .satisfies(t -> {
                    assertThat(t.creditAccount()).isEqualTo(Accounts.client(accountId));
                    assertThat(t.amountMicros()).isEqualTo(1_500);
                });
        assertThat(balance()).isEqualTo(7_500);
        assertThat(closure(requestId)).isEqualTo("settled 2500 1500");
        Settlement event = codec.decode(KafkaTestConsumer.awaitRecord(Topics.SETTLEMENTS,
                r -> requestId.equals(r.key()), WAIT).value(), Settlement.class);
        assertThat(event.feeMicros()).isEqualTo(2_500);
    }

    @Test
    void feeAboveTheReservationIsChargedOnlyWhatWasReserved() throws Exception {
        deposit("dep-" + accountId, 10_000);
        reserve(requestId, 2_000);

        publish(Decisions.paidFrom(Decisions.decided(requestId, 3_000), accountId));

        assertThat(awaitSettlement().feeMicros()).isEqualTo(2_000);
        assertThat(balance()).isEqualTo(8_000);
        assertThat(closure(requestId)).isEqualTo("settled 2000 0");
    }

    @Test
    void failedRoundVoidsItsReservation() throws Exception {
        deposit("dep-" + accountId, 10_000);
        reserve(requestId, 4_000);
        assertThat(balance()).isEqualTo(6_000);

        publish(Decisions.paidFrom(Decisions.undecided(requestId, RoundStatus.NO_RESPONSES, 2_500), accountId));

        StoredSettlement settlement = awaitSettlement();
        assertThat(settlement.feeMicros()).isZero();
        assertThat(settlement.payouts()).isEmpty();
        assertThat(balance()).isEqualTo(10_000);
        assertThat(closure(requestId)).isEqualTo("voided 0 4000");
    }

    @Test
    void reservedDecisionDeliveredTwiceChargesAndReleasesOnce() throws Exception {
        deposit("dep-" + accountId, 10_000);
        reserve(requestId, 4_000);
        RoundDecision decision = Decisions.paidFrom(Decisions.decided(requestId, 2_500), accountId);

        publish(decision);
        publish(decision);
        awaitSettlement();

        assertThat(settler.settle(decision)).isFalse();
        assertThat(balance()).isEqualTo(7_500);
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entries WHERE request_id = ? AND purpose = 'release'")
                .param(requestId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reservationOfASettledRoundIsRefused() {
        deposit("dep-" + accountId, 10_000);
        settler.settle(Decisions.decided(requestId, 1_000));

        HttpResponse<String> late = reserve(requestId, 1_000);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(balance()).isEqualTo(10_000);
    }

    @Test
    void concurrentReservationsNeverOverdrawTheAccount() throws Exception {
        deposit("dep-" + accountId, 100);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String round = requestId + "-" + i;
                statuses.add(threads.submit(() -> {
                    start.await();
                    return reserve(round, 30).statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(codes).containsExactlyInAnyOrder(201, 201, 201, 402, 402);
        } finally {
            threads.shutdownNow();
        }
        assertThat(balance()).isEqualTo(10);
    }

    @Test
    void statementPagesThroughTheAccountNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            deposit("dep-" + i + "-" + accountId, i * 100L);
        }
        reserve(requestId, 250);

        JsonNode first = ApiClient.json(api.get("/v1/accounts/" + accountId + "/statement?limit=4"));
        JsonNode second = ApiClient.json(api.get("/v1/accounts/" + accountId + "/statement?limit=4&before="
                + first.get("nextBefore").asLong()));

        assertThat(first.get("account").asString()).isEqualTo(Accounts.client(accountId));
        assertThat(first.get("balanceMicros").asLong()).isEqualTo(1_250);
        assertThat(amounts(first)).containsExactly(-250L, 500L, 400L, 300L);
        assertThat(first.get("entries").get(0).get("purpose").asString()).isEqualTo("reserve");
        assertThat(first.get("entries").get(0).get("counterparty").asString()).isEqualTo(Accounts.CLIENT_RESERVED);
        assertThat(amounts(second)).containsExactly(200L, 100L);
        assertThat(second.get("nextBefore").isNull()).isTrue();
        assertThat(api.get("/v1/accounts/" + accountId + "/statement?limit=0").statusCode()).isEqualTo(400);
    }

    private static List<Long> amounts(JsonNode statement) {
        List<Long> amounts = new ArrayList<>();
        statement.get("entries").forEach(e -> amounts.add(e.get("amountMicros").asLong()));
        return amounts;
    }

    private HttpResponse<String> deposit(String depositId, long amountMicros) {
        return api.deposit(accountId, depositId, amountMicros);
    }

    private HttpResponse<String> reserve(String round, long amountMicros) {
        return api.reserve(accountId, round, amountMicros, null);
    }

    private long balance() {
        return api.balance(accountId);
    }

    private void publish(RoundDecision decision) throws Exception {
        kafka.send(Topics.DECISIONS, decision.requestId(), codec.encode(decision)).get();
    }

    private StoredSettlement awaitSettlement() {
        return Awaitility.await().atMost(WAIT).until(() -> ledger.findSettlement(requestId).orElse(null),
                settlement -> settlement != null);
    }
}
