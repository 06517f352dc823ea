package dev.concord.quality.reward;

import java.util.List;

/**
 * How a round's fee is paid out: the protocol's payout first, then inference nodes, then evaluators, each
 * group sorted by id. Every participant appears, with amount 0 and a reason when it earned nothing.
 * The amounts sum to {@code fee} exactly.
 */
public record RoundPayouts(long fee, List<Payout> payouts) {

    public RoundPayouts {
        payouts = List.copyOf(payouts);
        long total = payouts.stream().mapToLong(Payout::amount).sum();
        if (total != fee) {
            throw new IllegalStateException("payouts sum to " + total + ", not the fee " + fee);
        }
    }

    /** The amount paid to an account in this round, 0 when it is not a payee. */
    public long amountFor(String account) {
        return payouts.stream().filter(p -> p.account().equals(account)).mapToLong(Payout::amount).sum();
    }
}
