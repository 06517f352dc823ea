package dev.concord.modelsim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A simulated LLM judge: grades one candidate answer against the corpus reference and replies {@code {"score": N}}.
 *
 * @param noiseSigma    standard deviation, in score points, of the Gaussian error added to the exact grade (0 = a
 *                      judge that always agrees with token F1)
 * @param malformedRate probability per request of a reply that breaks the strict JSON contract, so that clients
 *                      must validate and retry
 * @param seed          seed of every draw: the same seed replays the same grades and the same malformed replies
 * @param apiKey        bearer key; auth is off when empty
 */
public record SimulatedJudge(String name, double noiseSigma, double malformedRate, long seed, Optional<String> apiKey) {

    public SimulatedJudge {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("judge name must not be blank");
        }
        if (!(noiseSigma >= 0 && Double.isFinite(noiseSigma))) {
            throw new IllegalArgumentException("noiseSigma must be finite and not negative: " + noiseSigma);
        }
        if (!(malformedRate >= 0 && malformedRate <= 1)) {
            throw new IllegalArgumentException("malformedRate must be within [0, 1]: " + malformedRate);
        }
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /** An exact, always well-formed judge whose seed derives from its name. */
    public static SimulatedJudge of(String name) {
        return new SimulatedJudge(name, 0, 0, name.hashCode(), Optional.empty());
    }

    public SimulatedJudge withNoise(double sigma) {
        return new SimulatedJudge(name, sigma, malformedRate, seed, apiKey);
    }

    public SimulatedJudge withMalformedRate(double rate) {
        return new SimulatedJudge(name, noiseSigma, rate, seed, apiKey);
    }

    public SimulatedJudge withSeed(long value) {
        return new SimulatedJudge(name, noiseSigma, malformedRate, value, apiKey);
    }

    public SimulatedJudge withApiKey(String value) {
        return new SimulatedJudge(name, noiseSigma, malformedRate, seed, Optional.of(value));
    }
}
