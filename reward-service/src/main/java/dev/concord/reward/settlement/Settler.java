package dev.concord.reward.settlement;

import dev.concord.protocol.Topics;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.runtime.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a round exactly once. The settlement, its transfers and the Settlement event (through the outbox) are
 * written in one transaction, and the settlement row is the record that the round was processed, so a redelivered
 * or replayed decision changes nothing and announces nothing.
 */
public class Settler {

    private static final Logger log = LoggerFactory.getLogger(Settler.class);

    private final SettlementPlanner planner;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;

    public Settler(SettlementPlanner planner, Ledger ledger, Outbox outbox, Clock clock) {
        this.planner = planner;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return false when the round had been settled before */
    @Transactional
    public boolean settle(RoundDecision decision) {
        SettlementPlan plan = planner.plan(decision);
        // PostgreSQL keeps microseconds: the event must carry the instant the ledger holds.
        Instant settledAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!ledger.record(plan, settledAt)) {
            log.info("round {} already settled; decision ignored", decision.requestId());
            return false;
        }
        outbox.enqueue(Topics.SETTLEMENTS, plan.toEvent(settledAt));
        log.info("round {} settled: {} fee {} micros in {} payouts", decision.requestId(), decision.status(),
                decision.feeMicros(), plan.payouts().size());
        return true;
    }
}
