package dev.concord.bench.sim;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one cell for one seed.
 *
 * @param spec         the cell
 * @param chains       chain label to its result, in table order
 * @param trajectories for recorded cells: trust chain label to its weight path (empty otherwise)
 */
public record CellResult(CellSpec spec, Map<String, ChainResult> chains, Map<String, List<WeightPoint>> trajectories) {

    /** Mean trust weight of honest and of malicious evaluators after {@code round} rounds. */
    public record WeightPoint(int round, double honest, double malicious) {
    }
}
