package dev.concord.bench.sim;

import dev.concord.bench.data.ResponseTable;
import dev.concord.bench.scenario.AttackSpec;
import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.scoring.HonestScoreSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs every cell of a scenario on a few threads and reports progress (cells done, elapsed, ETA). */
public final class Sweep {

    private Sweep() {
    }

    /**
     * Per seed and K: the no-attack baseline once, then every attack at every non-zero ratio. Rewards are paid in
     * the cells the reward tables read: every baseline (rewards against K) and every cell at the focus K
     * (attackers' share against their population share).
     */
    public static List<CellSpec> cells(Scenario scenario) {
        List<CellSpec> cells = new ArrayList<>();
        for (long seed : scenario.seeds()) {
            for (int k : scenario.kValues()) {
                cells.add(new CellSpec(null, 0, k, seed, false, true));
                for (AttackSpec attack : scenario.attacks()) {
                    for (double ratio : scenario.maliciousRatios()) {
                        if (ratio > 0) {
                            boolean focusK = k == scenario.focus().k();
                            cells.add(new CellSpec(attack, ratio, k, seed, focusK && ratio == scenario.focus().ratio(),
                                    focusK));
                        }
                    }
                }
            }
        }
        return cells;
    }

    public static List<CellResult> run(Scenario scenario, ResponseTable table, HonestScoreSource scores, int threads,
                                       Consumer<String> progress) {
        List<CellSpec> cells = cells(scenario);
        CellRun runner = new CellRun(scenario, table, scores);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<CellResult>> futures = new ArrayList<>();
            for (CellSpec cell : cells) {
                futures.add(pool.submit(() -> {
                    CellResult result = runner.run(cell);
                    report(done.incrementAndGet(), cells.size(), start, progress);
                    return result;
                }));
            }
            List<CellResult> results = new ArrayList<>();
            for (Future<CellResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a cell failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(int done, int total, long start, Consumer<String> progress) {
        int step = Math.max(1, total / 40);
        if (done % step == 0 || done == total) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            double eta = elapsed / done * (total - done);
            progress.accept(String.format(Locale.ROOT, "cells %d/%d, %.0f s elapsed, ETA %.0f s", done, total,
                    elapsed, eta));
        }
    }
}
