package dev.concord.quality.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Concord's adaptive trust rule [ours]. It fixes the two failures of Eq. 21 ({@link MultiplicativeTrustRule}):
 * saturation (an absolute pivot of 0.5 lets every evaluator, honest or not, climb to w_max) and short memory
 * (an intermittent attacker earns back its loss in a few clean rounds).
 *
 * <p>Per round, for each evaluator m with deviation d_m:
 * <ol>
 *   <li><b>Relative pivot.</b> A robust z-score against the round itself:
 *       {@code z_m = (d_m - median(d)) / max(floor, 1.4826 * MAD(d))}. A round in which every evaluator
 *       deviates (a hard prompt) blames no one; an evaluator far outside the round's spread is suspect.</li>
 *   <li><b>Excess.</b> {@code x_m = min(cap, max(0, z_m - tolerance))}: only clearly abnormal rounds count.</li>
 *   <li><b>Coordination.</b> If another suspect's residual vector {@code s - c} points the same way
 *       (cosine {@code >= coordinationCosine}), the two moved together, as a colluding group or a Sybil
 *       operator's identities do, so the excess is multiplied by {@code 1 + coordinationFactor}.</li>
 *   <li><b>Asymmetric long memory.</b> {@code suspicion <- suspicion + penaltyRate * x} in a suspicious round,
 *       {@code suspicion <- suspicion * (1 - forgiveness)} in a clean one. One suspicious round at the cap
 *       costs 0.8 and takes about a hundred clean rounds to forgive; an attacker active 30% of the time
 *       accumulates instead of recovering.</li>
 *   <li><b>Weight with a prior.</b> {@code e = n / (n + priorRounds)} after n rounds and
 *       {@code w = clip((1 - e) * w_0 + e * w_max * exp(-suspicion), w_min, w_max)}: newcomers start at w_0 and
 *       earn (or lose) trust as evidence accumulates; honest evaluators settle near, not at, w_max, and their
 *       weights keep differing by how often they stray, so the weighted rules do not collapse to the mean.</li>
 * </ol>
 * The weight is a function of (rounds, suspicion) alone, so it can be recomputed from a stored state.
 * {@link StrictMath} keeps the arithmetic bit-for-bit reproducible on every JVM.
 */
public record AdaptiveTrustRule(AdaptiveTrustParameters parameters) implements TrustRule {

    public static final String NAME = "adaptive";

    /** Makes the median absolute deviation a consistent estimate of a normal standard deviation. */
    private static final double MAD_TO_SIGMA = 1.4826;

    public AdaptiveTrustRule() {
        this(AdaptiveTrustParameters.defaults());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TrustState newcomer() {
        return TrustState.newcomer(parameters.bounds().initialWeight());
    }

    @Override
    public SortedMap<String, TrustState> update(Map<String, TrustState> current, RoundScores round) {
        List<String> ids = round.evaluatorIds();
        double[] deviations = ids.stream().mapToDouble(round::deviation).toArray();
        double[] excess = excessOf(deviations);
        boolean[] coordinated = coordinated(ids, round, excess);

        SortedMap<String, TrustState> next = new TreeMap<>();
        for (int m = 0; m < ids.size(); m++) {
            TrustState before = current.getOrDefault(ids.get(m), newcomer());
            double charge = excess[m] * (coordinated[m] ? 1 + parameters.coordinationFactor() : 1);
            double suspicion = charge > 0
                    ? before.suspicion() + parameters.penaltyRate() * charge
                    : before.suspicion() * (1 - parameters.forgiveness());
            next.put(ids.get(m), before.next(weight(before.rounds() + 1, suspicion), deviations[m], suspicion));
        }
        return next;
    }

    /** The weight an evaluator holds after {@code rounds} rounds with this suspicion. */
    public double weight(long rounds, double suspicion) {
        TrustParameters bounds = parameters.bounds();
        double evidence = rounds / (rounds + parameters.priorRounds());
        double earned = bounds.maxWeight() * StrictMath.exp(-suspicion);
        return bounds.clip((1 - evidence) * bounds.initialWeight() + evidence * earned);
    }

    private double[] excessOf(double[] deviations) {
        double median = median(deviations);
        double[] spread = new double[deviations.length];
        for (int m = 0; m < deviations.length; m++) {
            spread[m] = Math.abs(deviations[m] - median);
        }
        double scale = Math.max(parameters.deviationScaleFloor(), MAD_TO_SIGMA * median(spread));
        double[] excess = new double[deviations.length];
        for (int m = 0; m < deviations.length; m++) {
            double z = (deviations[m] - median) / scale;
            excess[m] = Math.min(parameters.excessCap(), Math.max(0, z - parameters.tolerance()));
        }
        return excess;
    }

    private boolean[] coordinated(List<String> ids, RoundScores round, double[] excess) {
        double[] consensus = round.consensus();
        List<double[]> residuals = new ArrayList<>();
        for (String id : ids) {
            double[] scores = round.scores(id);
            for (int f = 0; f < scores.length; f++) {
                scores[f] -= consensus[f];
            }
            residuals.add(scores);
        }
        boolean[] coordinated = new boolean[ids.size()];
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                if (excess[a] > 0 && excess[b] > 0
                        && cosine(residuals.get(a), residuals.get(b)) >= parameters.coordinationCosine()) {
                    coordinated[a] = true;
                    coordinated[b] = true;
                }
            }
        }
        return coordinated;
    }

    private static double cosine(double[] x, double[] y) {
        double dot = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        return xx == 0 || yy == 0 ? 0 : dot / StrictMath.sqrt(xx * yy);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
