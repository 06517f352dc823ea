package dev.concord.reward.account;

import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.ledger.Transfer;
import dev.concord.reward.ledger.TransferPurpose;
import java.util.Optional;

/** The end of a reservation: what its round charged and what goes back to the client. */
public record ReservationClosure(Reservation reservation, ReservationOutcome outcome, long chargedMicros) {

    public ReservationClosure {
        if (chargedMicros < 0 || chargedMicros > reservation.amountMicros()) {
            throw new IllegalArgumentException("round " + reservation.requestId() + " charges " + chargedMicros
                    + " of a reservation of " + reservation.amountMicros());
        }
    }

    public long releasedMicros() {
        return reservation.amountMicros() - chargedMicros;
    }

    /** The transfer returning the uncharged part to the client; none when the whole reservation was charged. */
    public Optional<Transfer> release() {
        if (releasedMicros() == 0) {
            return Optional.empty();
        }
        String requestId = reservation.requestId();
        return Optional.of(new Transfer(requestId + "/release", TransferPurpose.RELEASE, Accounts.CLIENT_RESERVED,
                reservation.account(), releasedMicros(), switch (outcome) {
                    case VOIDED -> "round " + requestId + " failed: reservation voided";
                    case EXPIRED -> "round " + requestId + " not decided by " + reservation.expiresAt()
                            + ": reservation expired";
                    case SETTLED -> "round " + requestId + " charged " + chargedMicros + " of "
                            + reservation.amountMicros() + " reserved: rest released";
                }));
    }
}
