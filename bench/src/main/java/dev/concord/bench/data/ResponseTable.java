package dev.concord.bench.data;

import dev.concord.bench.scenario.NodeSpec;
import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.quality.metrics.RougeL;
import dev.concord.quality.metrics.TokenF1;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Every node's answer to every item, with its ground truth: token F1 against the reference (ROUGE-L F1 for
 * summaries), 0..10. A node's answer depends only on (response seed, node, item), like a model at temperature 0,
 * so every round that asks an item gets the same texts and the embedding cache covers them all.
 */
public final class ResponseTable {

    private final List<QaItem> items;
    private final List<NodeSpec> nodes;
    private final String[][] answers;
    private final double[][] truth;

    private ResponseTable(List<QaItem> items, List<NodeSpec> nodes, String[][] answers, double[][] truth) {
        this.items = items;
        this.nodes = nodes;
        this.answers = answers;
        this.truth = truth;
    }

    public static ResponseTable synthesize(List<QaItem> items, List<NodeSpec> nodes, long responseSeed) {
        AnswerSynthesizer synthesizer = new AnswerSynthesizer();
        TokenF1 f1 = new TokenF1();
        RougeL rouge = new RougeL();
        String[][] answers = new String[items.size()][nodes.size()];
        double[][] truth = new double[items.size()][nodes.size()];
        for (int i = 0; i < items.size(); i++) {
            QaItem item = items.get(i);
            for (int n = 0; n < nodes.size(); n++) {
                SplittableRandom rng = new SplittableRandom(responseSeed ^ (31L * i + 1_000_003L * n));
                String answer = synthesizer.answer(item, nodes.get(n).tier(), rng);
                answers[i][n] = answer;
                truth[i][n] = QaItem.SUMMARIZATION.equals(item.task())
                        ? rouge.score(answer, item.reference())
                        : f1.score(answer, item.reference());
            }
        }
        return new ResponseTable(List.copyOf(items), List.copyOf(nodes), answers, truth);
    }

    public List<QaItem> items() {
        return items;
    }

    public List<NodeSpec> nodes() {
        return nodes;
    }

    public String answer(int item, int node) {
        return answers[item][node];
    }

    /** Ground truth 0..10: used to measure consensus, never shown to evaluators. */
    public double truth(int item, int node) {
        return truth[item][node];
    }
}
