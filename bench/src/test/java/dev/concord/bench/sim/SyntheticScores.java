package dev.concord.bench.sim;

import dev.concord.bench.data.ResponseTable;
import dev.concord.bench.scoring.ScoreTable;

import java.util.List;
import java.util.SplittableRandom;

/** A model-free honest-score source for tests: each scorer sees the ground truth through its own fixed noise. */
final class SyntheticScores {

    private SyntheticScores() {
    }

    static ScoreTable of(ResponseTable table, List<String> names, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int items = table.items().size();
        int nodes = table.nodes().size();
        double[][][] scores = new double[names.size()][items][nodes];
        for (int s = 0; s < names.size(); s++) {
            for (int i = 0; i < items; i++) {
                for (int n = 0; n < nodes; n++) {
                    scores[s][i][n] = Math.max(0, Math.min(10, table.truth(i, n) + sigma * random.nextGaussian()));
                }
            }
        }
        return ScoreTable.of(names, scores, table);
    }
}
