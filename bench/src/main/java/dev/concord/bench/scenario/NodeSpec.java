package dev.concord.bench.scenario;

import dev.concord.modelsim.answer.QualityTier;

/**
 * One simulated inference node: it answers every prompt at a fixed quality tier, as a model at temperature 0 would.
 *
 * @param id   the node id collusion refers to and rewards are paid to
 * @param tier the quality of its answers
 * @param cost what one answer costs, in the smallest money unit (the reward's cost term)
 */
public record NodeSpec(String id, QualityTier tier, long cost) {
}
