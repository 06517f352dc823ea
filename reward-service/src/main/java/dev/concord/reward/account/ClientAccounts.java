package dev.concord.reward.account;

import dev.concord.protocol.event.Nullable;
import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' prepaid balances: deposits in, and reservations of a round's maximum fee, which the round's settlement
 * closes, or the sweeper once the reservation expired without a decision. Deposits and reservations are idempotent
 * (per deposit id, per request id): a replay returns what the first call recorded, a replay with different terms is
 * refused.
 */
public class ClientAccounts {

    private static final Logger log = LoggerFactory.getLogger(ClientAccounts.class);

    private final AccountStore store;
    private final ReservationTerms terms;
    private final Clock clock;

    public ClientAccounts(AccountStore store, ReservationTerms terms, Clock clock) {
        this.store = store;
        this.terms = terms;
        this.clock = clock;
    }

    @Transactional
    public Deposit deposit(String accountId, String depositId, long amountMicros) {
        requirePositive(amountMicros);
        String account = Accounts.client(accountId);
        Transfer transfer = new Transfer("deposit/" + depositId, TransferPurpose.DEPOSIT, Accounts.TREASURY, account,
                amountMicros, "deposit " + depositId);
        // The account lock orders concurrent deposits, so a replay always sees the first one.
        long balance = store.lockBalance(account);
        Optional<Transfer> recorded = store.transfer(transfer.id());
        if (recorded.isPresent()) {
            if (!recorded.get().equals(transfer)) {
                throw new IdempotencyConflictException("Deposit '" + depositId + "' was recorded with other terms",
                        "depositId");
            }
            return new Deposit(depositId, accountId, amountMicros, balance);
        }
        store.post(transfer, now());
        log.info("account {}: deposit {} of {} micros", accountId, depositId, amountMicros);
        return new Deposit(depositId, accountId, amountMicros, balance + amountMicros);
    }

    /**
     * @param roundDeadline the round's deadline (the gateway's {@code PromptRequest.roundDeadline}); null: the
     *                      default round duration from now. The reservation expires at it plus the grace.
     */
    @Transactional
    public ReservationReceipt reserve(String requestId, String accountId, long amountMicros,
                                      @Nullable Instant roundDeadline) {
        requirePositive(amountMicros);
        String account = Accounts.client(accountId);
        Instant reservedAt = now();
        Instant expiresAt = terms.expiry(reservedAt, roundDeadline).truncatedTo(ChronoUnit.MICROS);
        store.lock(requestId);
        long available = store.lockBalance(account);
        Optional<Reservation> recorded = store.reservation(requestId);
        if (recorded.isPresent()) {
            Reservation r = recorded.get();
            if (!r.accountId().equals(accountId) || r.amountMicros() != amountMicros) {
                throw new IdempotencyConflictException("Round '" + requestId + "' reserved " + r.amountMicros()
                        + " micros from account '" + r.accountId() + "'", "requestId");
            }
            return new ReservationReceipt(r, available);
        }
        if (store.isSettled(requestId)) {
            throw new IdempotencyConflictException("Round '" + requestId + "' is already settled", "requestId");
        }
        if (available < amountMicros) {
            throw new InsufficientBalanceException(accountId, available, amountMicros);
        }
        Reservation reservation = new Reservation(requestId, accountId, amountMicros, reservedAt, expiresAt);
        store.reserve(reservation, new Transfer(requestId + "/reserve", TransferPurpose.RESERVE, account,
                Accounts.CLIENT_RESERVED, amountMicros, "maximum fee of round " + requestId + " reserved"));
        log.info("round {}: {} micros reserved from account {} until {}", requestId, amountMicros, accountId,
                expiresAt);
        return new ReservationReceipt(reservation, available - amountMicros);
    }

    /**
     * Voids the open reservation that expired first, if any: all of it goes back to the client. One reservation per
     * transaction, so a sweeper holds one round's lock at a time and cannot deadlock with a reservation or a
     * settlement. The round's lock orders it against the round's decision: whichever comes second sees the first's
     * close, so a reservation is settled or expired, never both.
     */
    @Transactional
    public Optional<SweptReservation> expireNext() {
        Instant now = now();
        Optional<Reservation> due = store.lockNextExpired(now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Reservation reservation = due.get();
        store.lock(reservation.requestId());
        if (store.closure(reservation.requestId()).isPresent() || store.isSettled(reservation.requestId())) {
            log.info("round {}: decided while its reservation was being expired; left to its settlement",
                    reservation.requestId());
            return Optional.of(new SweptReservation(reservation, false));
        }
        store.close(reservation.expire(), now);
        log.warn("round {}: no decision by {}, reservation of {} micros expired and released to account {}",
                reservation.requestId(), reservation.expiresAt(), reservation.amountMicros(), reservation.accountId());
        return Optional.of(new SweptReservation(reservation, true));
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: what we return must be what a later read returns.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requirePositive(long amountMicros) {
        if (amountMicros <= 0) {
            throw new IllegalArgumentException("amountMicros must be > 0, was " + amountMicros);
        }
    }
}
