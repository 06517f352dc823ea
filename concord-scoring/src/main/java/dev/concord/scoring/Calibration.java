package dev.concord.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps one scorer's raw output (a cosine, an overlap F1) onto 0..10 by a monotone piecewise-linear curve fitted
 * against ground truth (10 x token F1 against the reference) on the project's corpus, so that honest scorers of
 * different kinds land on the same scale on average. Outside its knots the curve is flat.
 *
 * <p>Stored as {@code calibration/<name>.json} in this module's resources, written by
 * {@code java -jar bench/target/bench.jar calibrate}, and tied to one scorer id: a model jar of another version
 * refuses its stale curve rather than scoring on the wrong scale.
 *
 * @param scorer the scorer id it was fitted for, model version included
 * @param input  what the raw value is, e.g. {@code cosine(prompt, response)}
 * @param method how it was fitted
 * @param fitted what it was fitted on, and by which command
 * @param knots  (raw, score) points, raw strictly increasing, score non-decreasing and within 0..10
 */
public record Calibration(String scorer, String input, String method, String fitted, List<Knot> knots) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Knot(double raw, double score) {
    }

    public Calibration {
        knots = List.copyOf(knots);
        if (knots.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one knot");
        }
        for (int i = 0; i < knots.size(); i++) {
            Knot knot = knots.get(i);
            if (!(knot.score() >= 0 && knot.score() <= 10) || !Double.isFinite(knot.raw())) {
                throw new IllegalArgumentException("knot " + i + " of " + scorer + " is out of range: " + knot);
            }
            if (i > 0 && !(knot.raw() > knots.get(i - 1).raw() && knot.score() >= knots.get(i - 1).score())) {
                throw new IllegalArgumentException("knots of " + scorer + " must rise: " + knots.get(i - 1) + ", " + knot);
            }
        }
    }

    public double toScore(double raw) {
        if (Double.isNaN(raw)) {
            return 0;
        }
        Knot first = knots.get(0);
        Knot last = knots.get(knots.size() - 1);
        if (raw <= first.raw()) {
            return first.score();
        }
        if (raw >= last.raw()) {
            return last.score();
        }
        // first.raw < raw < last.raw: find the first knot at or above raw, without copying the knots per call
        int low = 0;
        int high = knots.size() - 1;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (knots.get(middle).raw() < raw) {
                low = middle;
            } else {
                high = middle;
            }
        }
        Knot below = knots.get(low);
        Knot above = knots.get(high);
        if (above.raw() == raw) {
            return above.score();
        }
        return below.score() + (above.score() - below.score()) * (raw - below.raw()) / (above.raw() - below.raw());
    }

    public String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    public static Calibration fromJson(String json) {
        return JSON.readValue(json, Calibration.class);
    }

    /**
     * The calibration shipped for {@code name} (e.g. {@code minilm}), which must have been fitted for
     * {@code scorerId}.
     *
     * @throws IllegalStateException when it is missing or was fitted for another scorer or model version
     */
    public static Calibration load(String name, String scorerId) {
        String resource = "calibration/" + name + ".json";
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no calibration " + resource + " on the classpath; fit one with "
                        + "java -jar bench/target/bench.jar calibrate");
            }
            Calibration calibration = fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (!calibration.scorer().equals(scorerId)) {
                throw new IllegalStateException(resource + " was fitted for " + calibration.scorer() + ", not "
                        + scorerId + "; refit with java -jar bench/target/bench.jar calibrate");
            }
            return calibration;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
