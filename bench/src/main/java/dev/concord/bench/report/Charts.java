package dev.concord.bench.report;

import dev.concord.bench.scenario.Scenario;
import dev.concord.bench.sim.CellResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sweep's PNG charts, drawn off screen with JFreeChart. */
final class Charts {

    private Charts() {
    }

    /** Mean Pearson over seeds for each (malicious ratio, rule) of one attack at one K, the value in each block. */
    static void heatmap(Path file, Summary summary, String attack, int k) {
        Scenario scenario = summary.scenario();
        List<String> rules = scenario.chainLabels();
        List<Double> ratios = scenario.maliciousRatios();
        double[][] data = new double[3][rules.size() * ratios.size()];
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        double low = 1;
        double high = -1;
        XYPlot plot = new XYPlot();
        int i = 0;
        for (int y = 0; y < ratios.size(); y++) {
            for (int x = 0; x < rules.size(); x++) {
                double value = summary.spread(attack, ratios.get(y), k, rules.get(x), r -> r.pearson()).mean();
                data[0][i] = x;
                data[1][i] = y;
                data[2][i++] = value;
                low = Math.min(low, value);
                high = Math.max(high, value);
                XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.3f", value), x, y);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                plot.addAnnotation(label);
            }
        }
        dataset.addSeries("pearson", data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        PaintScale scale = new RedToGreen(Math.min(low, high - 0.01), high);
        renderer.setPaintScale(scale);
        SymbolAxis ruleAxis = new SymbolAxis("rule", rules.stream().map(Charts::shortLabel).toArray(String[]::new));
        ruleAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        SymbolAxis ratioAxis = new SymbolAxis("malicious ratio",
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toArray(String[]::new));
        plot.setDataset(dataset);
        plot.setDomainAxis(ruleAxis);
        plot.setRangeAxis(ratioAxis);
        plot.setRenderer(renderer);
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT,
                "Pearson(consensus, ground truth), attack %s, K = %d, mean of %d seeds", attack, k,
                scenario.seeds().size()), plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis("Pearson");
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        save(file, chart, 1500, 560);
    }

    /** Honest and malicious mean trust weight over rounds, one pair of lines per trust chain, with w_max marked. */
    static void trustWeights(Path file, CellResult cell, List<String> chainLabels, double maxWeight) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (String label : chainLabels) {
            List<CellResult.WeightPoint> path = cell.trajectories().get(label);
            XYSeries honest = new XYSeries(label + " honest");
            XYSeries malicious = new XYSeries(label + " malicious");
            for (CellResult.WeightPoint point : path) {
                honest.add(point.round(), point.honest());
                malicious.add(point.round(), point.malicious());
            }
            dataset.addSeries(honest);
            dataset.addSeries(malicious);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(String.format(Locale.ROOT,
                        "Mean trust weight, attack %s, ratio %.2f, K = %d, seed %d", cell.spec().attackLabel(),
                        cell.spec().ratio(), cell.spec().k(), cell.spec().seed()), "round", "mean weight", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ValueMarker ceiling = new ValueMarker(maxWeight, Color.GRAY, new BasicStroke(1.5f));
        ceiling.setLabel("w_max");
        plot.addRangeMarker(ceiling);
        plot.getRangeAxis().setRange(0, maxWeight * 1.1);
        // One colour per trust rule; honest solid, malicious dashed.
        Color[] colours = {new Color(200, 40, 40), new Color(30, 90, 200), new Color(20, 140, 60)};
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colours[(s / 2) % colours.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    s % 2 == 0 ? null : new float[]{6f, 4f}, 0f));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        save(file, chart, 1000, 560);
    }

    /**
     * One panel per statistic against K, one line per paid chain.
     *
     * @param panels statistic name to (chain label to values per K)
     */
    static void againstK(Path file, String title, List<Integer> ks, Map<String, Map<String, double[]>> panels) {
        NumberAxis kAxis = new NumberAxis("K (evaluators per round)");
        kAxis.setRange(ks.get(0) - 0.5, ks.get(ks.size() - 1) + 0.5);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(kAxis);
        boolean first = true;
        for (Map.Entry<String, Map<String, double[]>> panel : panels.entrySet()) {
            XYSeriesCollection dataset = new XYSeriesCollection();
            for (Map.Entry<String, double[]> line : panel.getValue().entrySet()) {
                XYSeries series = new XYSeries(line.getKey());
                for (int i = 0; i < ks.size(); i++) {
                    series.add(ks.get(i).doubleValue(), line.getValue()[i]);
                }
                dataset.addSeries(series);
            }
            // From zero, so a change of a few parts in ten thousand does not look like a jump.
            NumberAxis axis = new NumberAxis(panel.getKey());
            axis.setAutoRangeIncludesZero(true);
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            for (int line = 0; line < dataset.getSeriesCount(); line++) {
                renderer.setSeriesPaint(line, line == 0 ? new Color(200, 40, 40) : new Color(30, 90, 200));
                renderer.setSeriesVisibleInLegend(line, first);
            }
            first = false;
            XYPlot plot = new XYPlot(dataset, null, axis, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            combined.add(plot);
        }
        save(file, new JFreeChart(title, combined), 1000, 1100);
    }

    private static String shortLabel(String chain) {
        return chain.replace("multiplicative", "Eq21").replace("adaptive", "adapt").replace("weighted-", "w-")
                .replace("trust-trimmed-mean", "trust-trim");
    }

    private static void save(Path file, JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Red at the lowest value of the chart, yellow in the middle, green at the highest. */
    private record RedToGreen(double low, double high) implements PaintScale {

        @Override
        public double getLowerBound() {
            return low;
        }

        @Override
        public double getUpperBound() {
            return high;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, (value - low) / (high - low)));
            return t < 0.5
                    ? new Color(230, (int) (80 + 2 * t * 150), 70)
                    : new Color((int) (230 - 2 * (t - 0.5) * 170), 230, 70);
        }
    }
}
