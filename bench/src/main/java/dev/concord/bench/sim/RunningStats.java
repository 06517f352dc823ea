package dev.concord.bench.sim;

/** Mean and variance in one pass (Welford), so a cell need not keep every payout. */
final class RunningStats {

    private long count;
    private double mean;
    private double squares;

    void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        squares += delta * (value - mean);
    }

    double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Population variance of the values seen. */
    double variance() {
        return count == 0 ? Double.NaN : squares / count;
    }
}
