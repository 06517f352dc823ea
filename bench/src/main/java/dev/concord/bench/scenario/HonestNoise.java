package dev.concord.bench.scenario;

/**
 * Each honest evaluator adds N(0, sigma^2) to its scorer's output, with its own sigma drawn uniformly from
 * [min, max]: two evaluators running the same model still disagree a little, as two deployments do.
 */
public record HonestNoise(double min, double max) {
}
