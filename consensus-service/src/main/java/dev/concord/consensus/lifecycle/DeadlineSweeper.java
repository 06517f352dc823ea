package dev.concord.consensus.lifecycle;

import dev.concord.consensus.persistence.RoundRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Advances rounds whose deadline passed without every response or sheet: the missing ones will not count. */
@Component
public class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final RoundRepository rounds;
    private final RoundLifecycle lifecycle;
    private final Clock clock;

    public DeadlineSweeper(RoundRepository rounds, RoundLifecycle lifecycle, Clock clock) {
        this.rounds = rounds;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${concord.consensus.sweep-millis:200}")
    public void sweep() {
        for (String requestId : rounds.due(clock.instant(), 100)) {
            try {
                lifecycle.advance(requestId);
            } catch (RuntimeException e) {
                log.warn("round {}: advancing past its deadline failed, will retry: {}", requestId, e.getMessage());
            }
        }
    }
}
