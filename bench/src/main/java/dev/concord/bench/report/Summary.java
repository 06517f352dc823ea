package dev.concord.bench.report;

import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.sim.CellResult;
import dev.concord.bench.sim.CellSpec;
import dev.concord.bench.sim.ChainResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/** The sweep's results grouped by cell (attack, ratio, K) with one entry per seed, and their spreads. */
public final class Summary {

    private final Scenario scenario;
    private final List<CellResult> results;
    private final Map<String, List<CellResult>> byCell = new HashMap<>();

    public Summary(Scenario scenario, List<CellResult> results) {
        this.scenario = scenario;
        this.results = List.copyOf(results);
        for (CellResult result : results) {
            CellSpec spec = result.spec();
            byCell.computeIfAbsent(key(spec.attackLabel(), spec.ratio(), spec.k()), x -> new ArrayList<>()).add(result);
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<CellResult> results() {
        return results;
    }

    /** The attack labels of the grid, in scenario order. */
    public List<String> attacks() {
        return scenario.attacks().stream().map(a -> a.displayName()).toList();
    }

    /** The seeds' results of one cell; ratio 0 is the shared no-attack baseline whatever the attack. */
    public List<CellResult> cell(String attack, double ratio, int k) {
        String label = ratio == 0 ? CellSpec.NO_ATTACK : attack;
        return byCell.getOrDefault(key(label, ratio, k), List.of());
    }

    public Spread spread(String attack, double ratio, int k, String chain, ToDoubleFunction<ChainResult> metric) {
        return Spread.of(cell(attack, ratio, k).stream()
                .mapToDouble(r -> metric.applyAsDouble(Objects.requireNonNull(r.chains().get(chain), chain)))
                .toArray());
    }

    /** The chain's Pearson as a fraction of the oracle's, seed by seed. */
    public Spread fractionOfOracle(String attack, double ratio, int k, String chain) {
        return Spread.of(cell(attack, ratio, k).stream()
                .mapToDouble(r -> r.chains().get(chain).pearson() / r.chains().get(Scenario.ORACLE).pearson())
                .toArray());
    }

    /** The chain's Pearson as a fraction of its own no-attack Pearson (same seed, same K). */
    public Spread fractionOfBaseline(String attack, double ratio, int k, String chain) {
        Map<Long, Double> baseline = new HashMap<>();
        for (CellResult r : cell(CellSpec.NO_ATTACK, 0, k)) {
            baseline.put(r.spec().seed(), r.chains().get(chain).pearson());
        }
        return Spread.of(cell(attack, ratio, k).stream()
                .mapToDouble(r -> r.chains().get(chain).pearson() / baseline.get(r.spec().seed()))
                .toArray());
    }

    private static String key(String attack, double ratio, int k) {
        return attack + "|" + ratio + "|" + k;
    }
}
