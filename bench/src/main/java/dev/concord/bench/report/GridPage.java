package dev.concord.bench.report;

import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.sim.ChainResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** results/cells.md: Pearson and Spearman of every cell (attack x ratio x K) and rule, mean ± sd over seeds. */
final class GridPage {

    private GridPage() {
    }

    static String render(Summary summary) {
        Scenario s = summary.scenario();
        StringBuilder page = new StringBuilder("# The full grid\n\n");
        page.append(String.format(Locale.ROOT, "Correlation of consensus with the ground truth over all (round, "
                + "response) pairs of %d rounds, mean ± sample sd over %d seeds %s. Ratio 0 is the no-attack "
                + "baseline, the same cells under every attack. Generated with docs/results.md; CSV: cells.csv.%n%n",
                s.rounds(), s.seeds().size(), s.seeds()));
        section(page, summary, "Pearson", ChainResult::pearson);
        section(page, summary, "Spearman", ChainResult::spearman);
        return page.toString();
    }

    private static void section(StringBuilder page, Summary summary, String title, ToDoubleFunction<ChainResult> metric) {
        Scenario s = summary.scenario();
        page.append("## ").append(title).append("\n\n");
        for (String attack : summary.attacks()) {
            page.append("### ").append(attack).append(" (").append(title).append(")\n\n");
            List<String> header = new ArrayList<>(List.of("ratio", "K"));
            header.addAll(s.chainLabels());
            MarkdownTable table = new MarkdownTable(header);
            for (double ratio : s.maliciousRatios()) {
                for (int k : s.kValues()) {
                    List<String> row = new ArrayList<>(List.of(String.format(Locale.ROOT, "%.2f", ratio),
                            String.valueOf(k)));
                    for (String rule : s.chainLabels()) {
                        row.add(summary.spread(attack, ratio, k, rule, metric).format());
                    }
                    table.row(row);
                }
            }
            page.append(table.render()).append("\n");
        }
    }
}
