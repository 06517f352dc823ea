package dev.concord.reward.account;

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
 * closes. Both are idempotent (per deposit id, per request id): a replay returns what the first call recorded, a
 * replay with different terms is refused.
 */
public class ClientAccounts {

    private static final Logger log = LoggerFactory.getLogger(ClientAccounts.class);

    private final AccountStore store;
    private final Clock clock;

    public ClientAccounts(AccountStore store, Clock clock) {
        this.store = store;
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

    @Transactional
    public ReservationReceipt reserve(String requestId, String accountId, long amountMicros) {
        requirePositive(amountMicros);
        String account = Accounts.client(accountId);
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
        Reservation reservation = new Reservation(requestId, accountId, amountMicros, now());
        store.reserve(reservation, new Transfer(requestId + "/reserve", TransferPurpose.RESERVE, account,
                Accounts.CLIENT_RESERVED, amountMicros, "maximum fee of round " + requestId + " reserved"));
        log.info("round {}: {} micros reserved from account {}", requestId, amountMicros, accountId);
        return new ReservationReceipt(reservation, available - amountMicros);
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
