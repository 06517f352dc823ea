package dev.concord.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.Topics;
import dev.concord.protocol.event.EvaluatorOutcome;
import dev.concord.protocol.event.NodeOutcome;
import dev.concord.protocol.event.Payout;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Settlement;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.persistence.AccountBalance;
import dev.concord.reward.persistence.LedgerRepository;
import dev.concord.reward.persistence.StoredSettlement;
import dev.concord.reward.support.ApiClient;
import dev.concord.reward.support.Decisions;
import dev.concord.runtime.outbox.OutboxRelay;
import dev.concord.testsupport.KafkaTestConsumer;
import dev.concord.testsupport.SharedInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The whole service on the real Kafka and PostgreSQL: decisions in, ledger and settlements out, read over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementIntegrationTest extends RewardServiceIntegrationTest {

    private static Admin admin;

    @BeforeAll
    static void connectAdmin() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()));
    }

    @AfterAll
    static void closeAdmin() {
        admin.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    LedgerRepository ledger;
    @Autowired
    OutboxRelay relay;

    private final String requestId = Decisions.newRequestId();


    @Test
    void decisionOnTheDecisionsTopicIsSettledAndAnnounced() throws Exception {
        RoundDecision decision = Decisions.decided(requestId, 1_234_567);

        publish(codec.encode(decision));

        StoredSettlement settlement = awaitSettlement();
        assertThat(settlement.status()).isEqualTo("DECIDED");
        assertThat(settlement.payouts().stream().mapToLong(Payout::amountMicros).sum()).isEqualTo(1_234_567);
        assertThat(settlement.transfers()).allMatch(t -> t.debitAccount().equals(Accounts.CLIENT_ESCROW));
        assertThat(settlement.payouts()).extracting(Payout::account)
                .containsAll(decision.nodes().stream().map(n -> Accounts.node(n.nodeId())).toList());

        ConsumerRecord<String, String> announced = KafkaTestConsumer.awaitRecord(Topics.SETTLEMENTS,
                r -> requestId.equals(r.key()), WAIT);
        Settlement event = codec.decode(announced.value(), Settlement.class);
        assertThat(event.feeMicros()).isEqualTo(1_234_567);
        assertThat(event.payouts()).isEqualTo(settlement.payouts());
        assertThat(event.settledAt()).isEqualTo(settlement.settledAt());
    }

    @Test
    void decisionDeliveredTwiceSettlesOnce() throws Exception {
        RoundDecision decision = Decisions.decided(requestId, 50_000);
        publish(codec.encode(decision));
        StoredSettlement first = awaitSettlement();
        Map<String, Long> balancesBefore = nodeBalances(decision);

        RecordMetadata redelivered = publish(codec.encode(decision));
        awaitConsumed(redelivered);
        boolean replayed = settler.settle(decision);

        assertThat(replayed).isFalse();
        assertThat(ledger.findSettlement(requestId)).contains(first);
        assertThat(nodeBalances(decision)).isEqualTo(balancesBefore);
        assertThat(settlementEventsInOutbox()).isEqualTo(1);
    }

    @Test
    void concurrentDeliveriesOfOneDecisionSettleItOnce() throws Exception {
        // As after a rebalance, when the partition's old and new owner both process the same record.
        RoundDecision decision = Decisions.decided(requestId, 80_000);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> settle = () -> {
            start.await();
            return settler.settle(decision);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(settle);
            Future<Boolean> second = threads.submit(settle);
            start.countDown();

            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        assertThat(settlementEventsInOutbox()).isEqualTo(1);
    }

    @Test
    void decisionsDeliveredOutOfOrderAndReplayedSettleEachRoundOnce() throws Exception {
        // Two rounds, the later one first, then both again: as after a rebalance replays an older offset range.
        String otherId = Decisions.newRequestId();
        RoundDecision earlier = Decisions.decided(requestId, 30_000);
        RoundDecision later = Decisions.decided(otherId, 40_000);
        kafka.send(Topics.DECISIONS, otherId, codec.encode(later)).get();
        publish(codec.encode(earlier));
        kafka.send(Topics.DECISIONS, otherId, codec.encode(later)).get();
        RecordMetadata last = publish(codec.encode(earlier));

        awaitConsumed(last);

        assertThat(ledger.findSettlement(requestId)).hasValueSatisfying(s -> assertThat(s.feeMicros()).isEqualTo(30_000));
        assertThat(ledger.findSettlement(otherId)).hasValueSatisfying(s -> assertThat(s.feeMicros()).isEqualTo(40_000));
        assertThat(jdbc.sql("SELECT count(*) FROM concord_outbox WHERE topic = ? AND event_key IN (?, ?)")
                .params(Topics.SETTLEMENTS, requestId, otherId).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_micros), 0) FROM ledger_entries WHERE request_id IN (?, ?)")
                .params(requestId, otherId).query(Long.class).single()).isEqualTo(70_000);
    }

    @Test
    void crashBetweenTheLedgerWriteAndThePublishStillAnnouncesOnce() throws Exception {
        RoundDecision decision = Decisions.decided(requestId, 60_000);
        // The process "dies" right after the settlement commits: the relay never gets to publish the outbox row.
        relay.stop();
        try {
            assertThat(settler.settle(decision)).isTrue();
            assertThat(unpublishedSettlementEvents()).isEqualTo(1);
            // Kafka redelivers the decision to the restarted service, since its offset was never committed.
            RecordMetadata redelivered = publish(codec.encode(decision));
            awaitConsumed(redelivered);
            assertThat(unpublishedSettlementEvents()).as("the redelivery adds nothing to publish").isEqualTo(1);
        } finally {
            relay.start();
        }

        KafkaTestConsumer.awaitRecord(Topics.SETTLEMENTS, r -> requestId.equals(r.key()), WAIT);
        Awaitility.await().atMost(WAIT).until(() -> unpublishedSettlementEvents() == 0);
        assertThatThrownBy(() -> KafkaTestConsumer.awaitRecords(Topics.SETTLEMENTS, r -> requestId.equals(r.key()), 2,
                Duration.ofSeconds(3))).as("a second Settlement event for the round").isInstanceOf(AssertionError.class);
        assertThat(settlementEventsInOutbox()).isEqualTo(1);
    }

    @Test
    void roundWithoutADecisionRefundsItsWholeFee() throws Exception {
        long refundedBefore = ledger.findAccount(Accounts.CLIENT_REFUND).orElseThrow().balanceMicros();

        publish(codec.encode(Decisions.undecided(requestId, RoundStatus.NO_RESPONSES, 7_000)));

        StoredSettlement settlement = awaitSettlement();
        assertThat(settlement.payouts()).containsExactly(
                new Payout(Accounts.CLIENT_REFUND, 7_000, "refund: round ended NO_RESPONSES, nobody is paid"));
        assertThat(settlement.transfers()).extracting(Transfer::creditAccount).containsExactly(Accounts.CLIENT_REFUND);
        assertThat(ledger.findAccount(Accounts.CLIENT_REFUND).orElseThrow().balanceMicros())
                .isEqualTo(refundedBefore + 7_000);
        KafkaTestConsumer.awaitRecord(Topics.SETTLEMENTS, r -> requestId.equals(r.key()), WAIT);
    }

    @Test
    void malformedDecisionLandsOnTheDeadLetterTopic() throws Exception {
        publish("{\"version\":1,\"requestId\":\"" + requestId + "\",\"status\":");

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.DECISIONS),
                r -> requestId.equals(r.key()), WAIT);
        assertThat(dead.value()).startsWith("{\"version\":1");
        assertThat(ledger.findSettlement(requestId)).isEmpty();
    }

    @Test
    void decisionTheRewardRulesRejectLandsOnTheDeadLetterTopicUnsettled() throws Exception {
        RoundDecision impossible = Decisions.decided(requestId, 1_000,
                List.of(new NodeOutcome("n-" + requestId, "m", 11.0, 1, 1, 10, 10)), List.of());

        RecordMetadata sent = publish(codec.encode(impossible));

        KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.DECISIONS), r -> requestId.equals(r.key()), WAIT);
        awaitConsumed(sent);
        assertThat(ledger.findSettlement(requestId)).isEmpty();
    }

    @Test
    void settlementAndBalancesAreReadableOverHttp() throws Exception {
        RoundDecision decision = Decisions.decided(requestId, 90_000);
        publish(codec.encode(decision));
        StoredSettlement settlement = awaitSettlement();

        HttpResponse<String> found = api.get("/v1/settlements/" + requestId);
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(found);
        assertThat(body.get("feeMicros").asLong()).isEqualTo(90_000);
        assertThat(body.get("payouts")).hasSize(settlement.payouts().size());
        assertThat(body.get("payouts").get(0).get("reason").asString()).isNotBlank();

        String winner = Accounts.node(decision.nodes().get(0).nodeId());
        HttpResponse<String> account = api.get("/v1/accounts/" + winner);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(account).get("balanceMicros").asLong())
                .isEqualTo(ledger.findAccount(winner).orElseThrow().balanceMicros()).isPositive();

        HttpResponse<String> missing = api.get("/v1/settlements/no-such-round");
        assertThat(missing.statusCode()).isEqualTo(404);
        JsonNode error = ApiClient.json(missing).get("error");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").asString()).isEqualTo("settlement_not_found");
        assertThat(error.get("param").asString()).isEqualTo("requestId");
        assertThat(error.get("message").asString()).contains("no-such-round");

        assertThat(api.get("/v1/accounts/node:nobody").statusCode()).isEqualTo(404);
        assertThat(api.get("/actuator/health").body()).contains("\"UP\"");
    }

    private RecordMetadata publish(String json) throws Exception {
        return kafka.send(Topics.DECISIONS, requestId, json).get().getRecordMetadata();
    }

    private StoredSettlement awaitSettlement() {
        return Awaitility.await().atMost(WAIT).until(() -> ledger.findSettlement(requestId).orElse(null),
                settlement -> settlement != null);
    }

    /** Waits until the reward group has committed past the record, i.e. the listener is done with it. */
    private void awaitConsumed(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        Awaitility.await().atMost(WAIT).until(() -> {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("reward").partitionsToOffsetAndMetadata()
                    .get().get(partition);
            return committed != null && committed.offset() > sent.offset();
        });
    }

    private long unpublishedSettlementEvents() {
        return jdbc.sql("SELECT count(*) FROM concord_outbox WHERE topic = ? AND event_key = ? AND published_at IS NULL")
                .params(Topics.SETTLEMENTS, requestId).query(Long.class).single();
    }

    private long settlementEventsInOutbox() {
        return jdbc.sql("SELECT count(*) FROM concord_outbox WHERE topic = ? AND event_key = ?")
                .params(Topics.SETTLEMENTS, requestId).query(Long.class).single();
    }

    private Map<String, Long> nodeBalances(RoundDecision decision) {
        return Stream.concat(decision.nodes().stream().map(NodeOutcome::nodeId),
                        decision.evaluators().stream().map(EvaluatorOutcome::evaluatorId))
                .map(Accounts::node)
                .collect(Collectors.toMap(a -> a,
                        a -> ledger.findAccount(a).map(AccountBalance::balanceMicros).orElse(0L)));
    }
}
