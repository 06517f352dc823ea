package dev.concord.modelsim.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a simulated model misbehaves, each as a probability per request. A request first draws an error
 * (HTTP 500), else a timeout (the answer comes only after {@code timeoutDelay}, past any sane client limit);
 * injection (a sentence aimed at LLM judges appended to the answer) and replay (the answer to a different
 * corpus item) are drawn independently and can combine with a timeout.
 */
public record Misbehaviour(double errorRate, double timeoutRate, Duration timeoutDelay, double injectionRate,
                           double replayRate) {

    public static final Duration DEFAULT_TIMEOUT_DELAY = Duration.ofSeconds(30);
    public static final Misbehaviour NONE = new Misbehaviour(0, 0, DEFAULT_TIMEOUT_DELAY, 0, 0);

    public Misbehaviour {
        requireRate(errorRate, "errorRate");
        requireRate(timeoutRate, "timeoutRate");
        requireRate(injectionRate, "injectionRate");
        requireRate(replayRate, "replayRate");
        if (Objects.requireNonNull(timeoutDelay, "timeoutDelay").isNegative()) {
            throw new IllegalArgumentException("timeoutDelay must not be negative");
        }
    }

    public static Misbehaviour errors(double rate) {
        return NONE.withErrorRate(rate);
    }

    public static Misbehaviour timeouts(double rate, Duration delay) {
        return new Misbehaviour(0, rate, delay, 0, 0);
    }

    public static Misbehaviour injection(double rate) {
        return new Misbehaviour(0, 0, DEFAULT_TIMEOUT_DELAY, rate, 0);
    }

    public static Misbehaviour replay(double rate) {
        return new Misbehaviour(0, 0, DEFAULT_TIMEOUT_DELAY, 0, rate);
    }

    public Misbehaviour withErrorRate(double rate) {
        return new Misbehaviour(rate, timeoutRate, timeoutDelay, injectionRate, replayRate);
    }

    public Misbehaviour withInjectionRate(double rate) {
        return new Misbehaviour(errorRate, timeoutRate, timeoutDelay, rate, replayRate);
    }

    public Misbehaviour withReplayRate(double rate) {
        return new Misbehaviour(errorRate, timeoutRate, timeoutDelay, injectionRate, rate);
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1]: " + rate);
        }
    }
}
