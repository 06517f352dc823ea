package dev.concord.reward.settlement;

import dev.concord.protocol.Topics;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.reward.account.AccountStore;
import dev.concord.reward.account.Reservation;
import dev.concord.reward.account.ReservationOutcome;
import dev.concord.runtime.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a round exactly once. The settlement, its transfers, the close of the round's reservation and the
 * Settlement event (through the outbox) are written in one transaction, and the settlement row is the record that
 * the round was processed, so a redelivered or replayed decision changes nothing and announces nothing.
 */
public class Settler {

    private static final Logger log = LoggerFactory.getLogger(Settler.class);

    private final SettlementPlanner planner;
    private final Ledger ledger;
    private final AccountStore accounts;
    private final DeviationPolicy deviation;
    private final FaultPolicy faults;
    private final Outbox outbox;
    private final Clock clock;

    public Settler(SettlementPlanner planner, Ledger ledger, AccountStore accounts, DeviationPolicy deviation,
                   FaultPolicy faults, Outbox outbox, Clock clock) {
        this.planner = planner;
        this.ledger = ledger;
        this.accounts = accounts;
        this.deviation = deviation;
        this.faults = faults;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return false when the round had been settled before */
    @Transactional
    public boolean settle(RoundDecision decision) {
        // Held until commit, so a reservation of this round cannot slip in between reading and settling it.
        accounts.lock(decision.requestId());
        Reservation reservation = accounts.reservation(decision.requestId()).orElse(null);
        if (reservation == null && decision.clientAccountId() != null) {
            log.warn("round {} names client account {} but reserved nothing: settled as unmetered",
                    decision.requestId(), decision.clientAccountId());
        }
        SettlementPlan plan;
        if (reservation != null
                && accounts.closure(decision.requestId()).orElse(null) == ReservationOutcome.EXPIRED) {
            // The sweeper released the reservation before this decision came: the fee comes from the balance now.
            long available = accounts.lockBalance(reservation.account());
            plan = planner.planAfterExpiry(decision, reservation, available);
        } else {
            plan = planner.plan(decision, reservation);
        }
        // PostgreSQL keeps microseconds: the event must carry the instant the ledger holds.
        Instant settledAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!ledger.record(plan, settledAt)) {
            log.info("round {} already settled; decision ignored", decision.requestId());
            return false;
        }
        outbox.enqueue(Topics.SETTLEMENTS, plan.toEvent(settledAt));
        deviation.observe(decision);
        faults.observe(decision);
        log.info("round {} settled: {} fee {} micros in {} payouts{}{}", decision.requestId(), decision.status(),
                plan.feeMicros(), plan.payouts().size(), plan.closure() == null ? ""
                        : ", reservation " + plan.closure().outcome() + " (" + plan.closure().releasedMicros()
                                + " released)", plan.funding().isEmpty() ? "" : ", after its reservation expired: "
                                + plan.funding().stream().map(t -> t.purpose() + " " + t.amountMicros()).toList());
        return true;
    }
}
