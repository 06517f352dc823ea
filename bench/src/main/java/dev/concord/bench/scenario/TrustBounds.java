package dev.concord.bench.scenario;

import dev.concord.quality.trust.TrustParameters;

/** lambda, w_0, w_min, w_max shared by both trust rules (the adaptive rule ignores lambda). */
public record TrustBounds(double lambda, double initialWeight, double minWeight, double maxWeight) {

    public TrustParameters parameters() {
        return new TrustParameters(lambda, initialWeight, minWeight, maxWeight);
    }
}
