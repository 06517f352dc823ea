package dev.concord.bench.calibration;

import dev.concord.modelsim.answer.QualityTier;
import java.util.List;
import java.util.Locale;

/** docs/calibration.md: what the calibrate command measured, with the command line that produced it at the top. */
final class CalibrationReport {

    private CalibrationReport() {
    }

    static String markdown(String commandLine, int items, CorpusAnswers set, List<CalibrationResult> results,
                           double seconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Scorer calibration\n\n");
        md.append("Made by (from the repository root, after `./mvnw -B -q -pl bench -am package -DskipTests`):\n\n");
        md.append("```\n").append(commandLine).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, """
                Every one of model-sim's %d corpus items answered once in each of its %d quality tiers: %d answers.
                Ground truth: 10 x token F1 of the answer against the item's reference (concord-quality `TokenF1`).
                Each scorer sees only the prompt and the answer, as an evaluator does. Its raw value (a cosine, a content
                word overlap) is mapped to 0..10 *before* by the hand-set map the evaluators used until now (linear
                cosine bounds per model, 10 x overlap for lexical) and *after* by an isotonic fit of the ground truth on
                the raw value, stored in `concord-scoring/src/main/resources/calibration/<scorer>.json` with the scorer
                id (model and jar version) it belongs to. *Held out* scores each half of the items (odd/even) with the
                curve fitted on the other half. %.0f s on this machine.

                The LLM judge is not calibrated here: it grades 0..10 itself, and model-sim's judge grades by token F1
                against the reference, so its agreement with this ground truth would measure model-sim, not a judge.
                No cross-encoder weights are available here, so it keeps its 10 x sigmoid(logit) map.

                """, items, QualityTier.values().length, set.answers().size(), seconds));
        md.append("## Agreement with the ground truth\n\n");
        md.append("| scorer | raw value | Pearson before | after | held out | Spearman before | after | held out | knots |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (CalibrationResult r : results) {
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d |%n",
                    r.scorer().scorerId(), r.scorer().input(), r.before().pearson(), r.after().pearson(),
                    r.heldOut().pearson(), r.before().spearman(), r.after().spearman(), r.heldOut().spearman(),
                    r.calibration().knots().size()));
        }
        md.append("\n## Mean score (do honest scorers of different kinds agree on average?)\n\n");
        md.append("| scorer | mapping | all answers |");
        for (QualityTier tier : QualityTier.values()) {
            md.append(' ').append(tier.name().toLowerCase(Locale.ROOT)).append(" |");
        }
        md.append("\n|---|---|---|").append("---|".repeat(QualityTier.values().length)).append('\n');
        CalibrationResult.Agreement truth = CalibrationResult.Agreement.of(set.truth(), set);
        row(md, "ground truth", "10 x token F1", truth);
        for (CalibrationResult r : results) {
            row(md, r.scorer().calibrationName(), "before", r.before());
            row(md, r.scorer().calibrationName(), "after", r.after());
            row(md, r.scorer().calibrationName(), "held out", r.heldOut());
        }
        double spreadBefore = spread(results.stream().mapToDouble(r -> r.before().mean()).toArray());
        double spreadAfter = spread(results.stream().mapToDouble(r -> r.after().mean()).toArray());
        md.append(String.format(Locale.ROOT, "%nLargest difference between two scorers' mean scores: %.2f points before,"
                + " %.2f after.%n", spreadBefore, spreadAfter));
        md.append("""

                Reading it: a monotone map cannot change a scorer's ranking, so Spearman stays (up to the ties the fit
                pools); what calibration buys is the scale. Pearson rises because the curve straightens each scorer's
                relation to the ground truth. The overall means agree by construction (an isotonic fit keeps the mean
                of its targets), so honest evaluators of different kinds no longer differ by a constant offset. Per
                tier they still differ where their raw values rank answers differently (a scorer that cannot see the
                reference cannot tell a wrong entity from the right one), which no monotone map can repair.
                """);
        return md.toString();
    }

    private static void row(StringBuilder md, String scorer, String mapping, CalibrationResult.Agreement agreement) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.2f |", scorer, mapping, agreement.mean()));
        for (QualityTier tier : QualityTier.values()) {
            md.append(String.format(Locale.ROOT, " %.2f |", agreement.meanByTier().get(tier)));
        }
        md.append('\n');
    }

    private static double spread(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0) - java.util.Arrays.stream(values).min().orElse(0);
    }
}
