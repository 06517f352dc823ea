package dev.concord.quality.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Concord's adaptive trust rule [ours]. It fixes the failures of Eq. 21 ({@link MultiplicativeTrustRule}):
 * saturation (an absolute pivot of 0.5 lets every evaluator, honest or not, climb to w_max), short memory
 * (an intermittent attacker earns back its loss in a few clean rounds), and blindness to evaluators that
 * stay close to consensus without telling the responses apart (a constant scorer, a copier).
 *
 * <p>Its evidence is <b>ranking agreement</b>, not deviation: {@code rho_m} = Pearson correlation, over the
 * round's responses, of m's scores with the mean of the other evaluators' scores (0 for a sheet that scores
 * every response alike: it carries no information; undefined, so no evidence, when the others' mean is flat or
 * the round has one response or one evaluator). Deviation is the wrong signal for trust: a constant 7 or a
 * copier of the last consensus has a small deviation, a deviation rule trusts it more than a noisy honest
 * evaluator, consensus drifts toward it and the error feeds on itself (measured: see the module README).
 * Ranking agreement is what decides the winner, and it is 0 for the lazy and negative for the inverted.
 * <ol>
 *   <li><b>Remembered agreement.</b> {@code agreement += (rho > agreement ? rise : fall) * (rho - agreement)}.
 *       Ranks honest evaluators by how informative they are, so weights do not all saturate.</li>
 *   <li><b>Relative pivot.</b> A robust z-score of disagreement against the round itself:
 *       {@code z_m = (median(rho) - rho_m) / max(floor, 1.4826 * MAD(rho))}, and its excess
 *       {@code x_m = min(cap, max(0, z_m - tolerance))}: a hard prompt on which everyone disagrees blames
 *       no one.</li>
 *   <li><b>Coordination.</b> If another suspect's residual vector {@code s - c} points the same way (cosine
 *       {@code >= coordinationCosine}), the two moved together, as a colluding group or a Sybil operator's
 *       identities do, and the excess is multiplied by {@code 1 + coordinationFactor}.</li>
 *   <li><b>Asymmetric long memory.</b> {@code suspicion += penaltyRate * x} in a suspicious round,
 *       {@code suspicion *= 1 - forgiveness} in a clean one: suspicion halves only every 35 clean rounds, so an
 *       attacker active 30% of the time accumulates it (about 4, a weight factor of exp(-4), at the cap).</li>
 *   <li><b>Level memory.</b> Ranking agreement cannot see a uniform shift (boosting every answer by 3, sabotaging
 *       every answer by 3). So the rule also remembers each evaluator's <em>level offset</em>:
 *       {@code o_m = mean(s_m) - median over the round's evaluators of mean(s_k)} (relative to the round, so a
 *       hard prompt shifts no one), {@code bias += biasRate * (o_m - bias)}. An offset up to
 *       {@code biasTolerance} points is free; beyond it the weight falls by {@code exp(-(|bias| - tolerance) /
 *       biasScale)}. This only works when honest scorers of different kinds score on one scale: evaluators
 *       calibrate their raw similarities to 0..10 against the same ground truth (evaluator-service), otherwise
 *       an honest scorer kind that grades lower than the others looks like a saboteur.</li>
 *   <li><b>Weight with a prior.</b> With {@code e = n / (n + priorRounds)} after n rounds,
 *       {@code earned = w_max * exp(-suspicion) * clamp(agreement / fullAgreement, 0, 1) * level(bias)} and
 *       {@code w = clip((1 - e) * w_0 + e * earned, w_min, w_max)}: newcomers start at w_0 and move as
 *       evidence accumulates.</li>
 * </ol>
 * The weight is a function of the stored state alone; {@link StrictMath} keeps it bit-for-bit reproducible.
 * Deviation is still recorded in the state, because rewards are paid on it.
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
        List<double[]> sheets = ids.stream().map(round::scores).toList();
        double[] agreements = new double[ids.size()];
        for (int m = 0; m < ids.size(); m++) {
            agreements[m] = roundAgreement(sheets, m);
        }
        double[] excess = excessOf(agreements);
        boolean[] coordinated = coordinated(sheets, round.consensus(), excess);
        double[] offsets = levelOffsets(sheets);

        SortedMap<String, TrustState> next = new TreeMap<>();
        for (int m = 0; m < ids.size(); m++) {
            TrustState before = current.getOrDefault(ids.get(m), newcomer());
            double charge = excess[m] * (coordinated[m] ? 1 + parameters.coordinationFactor() : 1);
            double suspicion = charge > 0
                    ? before.suspicion() + parameters.penaltyRate() * charge
                    : before.suspicion() * (1 - parameters.forgiveness());
            double agreement = remember(before.agreement(), agreements[m]);
            double bias = before.bias() + parameters.biasRate() * (offsets[m] - before.bias());
            double weight = weight(before.rounds() + 1, suspicion, agreement, bias);
            next.put(ids.get(m), before.next(weight, round.deviation(ids.get(m)), suspicion, agreement, bias));
        }
        return next;
    }

    /** The weight an evaluator holds after {@code rounds} rounds with this suspicion, agreement and bias. */
    public double weight(long rounds, double suspicion, double agreement, double bias) {
        TrustParameters bounds = parameters.bounds();
        double evidence = rounds / (rounds + parameters.priorRounds());
        double informative = Math.max(0, Math.min(1, agreement / parameters.fullAgreement()));
        double level = StrictMath.exp(-Math.max(0, Math.abs(bias) - parameters.biasTolerance()) / parameters.biasScale());
        double earned = bounds.maxWeight() * StrictMath.exp(-suspicion) * informative * level;
        return bounds.clip((1 - evidence) * bounds.initialWeight() + evidence * earned);
    }

    /** o_m: how far each sheet's mean score sits from the median sheet mean of the round, in score points. */
    private static double[] levelOffsets(List<double[]> sheets) {
        double[] means = sheets.stream().mapToDouble(sheet -> Arrays.stream(sheet).average().orElse(0)).toArray();
        double typical = median(means);
        return Arrays.stream(means).map(mean -> mean - typical).toArray();
    }

    private double remember(double remembered, double agreement) {
        if (Double.isNaN(agreement)) {
            return remembered;
        }
        double step = agreement > remembered ? parameters.agreementRise() : parameters.agreementFall();
        return Math.max(-1, Math.min(1, remembered + step * (agreement - remembered)));
    }

    /** rho_m for this round, NaN when the round holds no agreement evidence for m. */
    private static double roundAgreement(List<double[]> sheets, int m) {
        int responses = sheets.get(m).length;
        if (responses < 2 || sheets.size() < 2) {
            return Double.NaN;
        }
        double[] others = new double[responses];
        for (int k = 0; k < sheets.size(); k++) {
            if (k != m) {
                for (int f = 0; f < responses; f++) {
                    others[f] += sheets.get(k)[f] / (sheets.size() - 1);
                }
            }
        }
        return correlation(sheets.get(m), others);
    }

    /** Pearson correlation; 0 when {@code own} is flat (no information), NaN when {@code others} is (no reference). */
    private static double correlation(double[] own, double[] others) {
        double meanOwn = Arrays.stream(own).average().orElse(0);
        double meanOthers = Arrays.stream(others).average().orElse(0);
        double cross = 0;
        double ownSquares = 0;
        double otherSquares = 0;
        for (int f = 0; f < own.length; f++) {
            cross += (own[f] - meanOwn) * (others[f] - meanOthers);
            ownSquares += (own[f] - meanOwn) * (own[f] - meanOwn);
            otherSquares += (others[f] - meanOthers) * (others[f] - meanOthers);
        }
        if (otherSquares == 0) {
            return Double.NaN;
        }
        return ownSquares == 0 ? 0 : cross / StrictMath.sqrt(ownSquares * otherSquares);
    }

    private double[] excessOf(double[] agreements) {
        double[] defined = Arrays.stream(agreements).filter(a -> !Double.isNaN(a)).toArray();
        double[] excess = new double[agreements.length];
        if (defined.length == 0) {
            return excess;
        }
        double median = median(defined);
        double[] spread = Arrays.stream(defined).map(a -> Math.abs(a - median)).toArray();
        double scale = Math.max(parameters.agreementScaleFloor(), MAD_TO_SIGMA * median(spread));
        for (int m = 0; m < agreements.length; m++) {
            if (!Double.isNaN(agreements[m])) {
                double z = (median - agreements[m]) / scale;
                excess[m] = Math.min(parameters.excessCap(), Math.max(0, z - parameters.tolerance()));
            }
        }
        return excess;
    }

    private boolean[] coordinated(List<double[]> sheets, double[] consensus, double[] excess) {
        List<double[]> residuals = new ArrayList<>();
        for (double[] sheet : sheets) {
            double[] residual = sheet.clone();
            for (int f = 0; f < residual.length; f++) {
                residual[f] -= consensus[f];
            }
            residuals.add(residual);
        }
        boolean[] coordinated = new boolean[sheets.size()];
        for (int a = 0; a < sheets.size(); a++) {
            for (int b = a + 1; b < sheets.size(); b++) {
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
