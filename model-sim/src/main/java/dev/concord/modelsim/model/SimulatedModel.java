package dev.concord.modelsim.model;

import dev.concord.modelsim.answer.QualityTier;

import java.util.Objects;
import java.util.Optional;

/**
 * One simulated model server: the model id it serves, the quality of its answers, how long they take, how it
 * misbehaves, the seed of all its random draws, and an optional API key (bearer auth is off when empty).
 */
public record SimulatedModel(String name, QualityTier tier, LatencyModel latency, Misbehaviour misbehaviour,
                             long seed, Optional<String> apiKey) {

    public SimulatedModel {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("model name must not be blank");
        }
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(misbehaviour, "misbehaviour");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /** A well-behaved, instant model whose seed derives from its name. */
    public static SimulatedModel of(String name, QualityTier tier) {
        return new SimulatedModel(name, tier, LatencyModel.NONE, Misbehaviour.NONE, name.hashCode(),
                Optional.empty());
    }

    public SimulatedModel withLatency(LatencyModel value) {
        return new SimulatedModel(name, tier, value, misbehaviour, seed, apiKey);
    }

    public SimulatedModel withMisbehaviour(Misbehaviour value) {
        return new SimulatedModel(name, tier, latency, value, seed, apiKey);
    }

    public SimulatedModel withSeed(long value) {
        return new SimulatedModel(name, tier, latency, misbehaviour, value, apiKey);
    }

    public SimulatedModel withApiKey(String value) {
        return new SimulatedModel(name, tier, latency, misbehaviour, seed, Optional.of(value));
    }
}
