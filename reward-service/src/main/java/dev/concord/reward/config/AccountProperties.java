package dev.concord.reward.config;

import dev.concord.reward.account.ReservationTerms;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reservations of clients' prepaid accounts ([ours] defaults).
 *
 * @param reservationGrace     time past a round's deadline before its undecided reservation expires: consensus
 *                             deciding, the decision's way here, and a backlog after this service restarts
 * @param defaultRoundDuration the round length assumed when a reservation names no deadline (the gateway's
 *                             longest deadline by default)
 * @param maximumRoundDuration the furthest deadline a reservation may name; later ones are refused (400)
 * @param expirySweepInterval  how often the sweeper looks for expired reservations
 * @param expirySweepLimit     the most reservations one sweep expires (the next sweep takes the rest)
 */
@Validated
@ConfigurationProperties("concord.reward.accounts")
public record AccountProperties(@DefaultValue("10m") Duration reservationGrace,
                                @DefaultValue("60s") Duration defaultRoundDuration,
                                @DefaultValue("10m") Duration maximumRoundDuration,
                                @DefaultValue("30s") Duration expirySweepInterval,
                                @DefaultValue("500") @Positive int expirySweepLimit) {

    public AccountProperties {
        if (expirySweepInterval.isNegative() || expirySweepInterval.isZero()) {
            throw new IllegalArgumentException("concord.reward.accounts.expiry-sweep-interval must be > 0");
        }
    }

    public ReservationTerms terms() {
        return new ReservationTerms(reservationGrace, defaultRoundDuration, maximumRoundDuration);
    }
}
