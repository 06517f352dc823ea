package dev.concord.bench.throughput;

/**
 * One scorer under load.
 *
 * @param responsesPerSecond responses scored per second, over the measured time
 * @param p50Millis          median latency of one 5-response round
 * @param p95Millis          95th percentile of the same
 * @param cpuMillisPerRound  CPU time of the whole process per round (all threads: ONNX Runtime's and the caller's),
 *                           which, unlike wall time, barely depends on what else the machine is running
 */
record Measurement(String scorer, String scorerId, long rounds, double seconds, double responsesPerSecond,
                   double p50Millis, double p95Millis, double cpuMillisPerRound) {
}
