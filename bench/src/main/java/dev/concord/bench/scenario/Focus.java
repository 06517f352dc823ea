package dev.concord.bench.scenario;

/** The cell the report looks at closely (the targets are stated at K = 7, malicious ratio 0.3). */
public record Focus(int k, double ratio) {
}
