package dev.concord.reward.account;

import dev.concord.reward.ledger.Transfer;
import java.time.Instant;
import java.util.Optional;

/** Where client accounts are kept. Implemented on PostgreSQL in the persistence package; every call joins the caller's transaction. */
public interface AccountStore {

    /** Serialises everything done under one key (a round: reserving and settling it; a node) until commit. */
    void lock(String key);

    /** Opens the account if it is new, locks it until the transaction ends, and returns its balance. */
    long lockBalance(String account);

    Optional<Transfer> transfer(String transferId);

    void post(Transfer transfer, Instant at);

    Optional<Reservation> reservation(String requestId);

    void reserve(Reservation reservation, Transfer transfer);

    boolean isSettled(String requestId);

    /** How the round's reservation was closed; empty while it is open (or when there is none). */
    Optional<ReservationOutcome> closure(String requestId);

    /**
     * The open reservation that expired first by {@code now}, locked until the transaction ends; reservations another
     * transaction holds are skipped, so several sweepers share the work instead of queueing on one row.
     */
    Optional<Reservation> lockNextExpired(Instant now);

    /** Writes the close (the release transfer, if any, and the closure row, whose key makes it happen once). */
    void close(ReservationClosure closure, Instant at);
}
