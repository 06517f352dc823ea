package dev.concord.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code sweep [--data FILE] [--scenario FILE] [--out DIR] [--results FILE] [--cache DIR] [--threads N]}.
 *
 * @param data     JSON lines data set, or null for model-sim's built-in corpus
 * @param scenario scenario JSON laid over the default, or null for the default
 * @param out      directory for CSV, Markdown tables and PNGs
 * @param results  the summary page
 * @param cache    embedding cache directory
 * @param threads  cells run in parallel
 */
public record CommandLine(Path data, Path scenario, Path out, Path results, Path cache, int threads) {

    public static final String USAGE = """
            usage: java -jar bench/target/bench.jar sweep [--data FILE.jsonl] [--scenario FILE.json] [--out DIR]
                                                          [--results FILE.md] [--cache DIR] [--threads N]
              --data      JSON lines {"id","task":"qa"|"summarization","prompt","reference"} (default: model-sim corpus)
              --scenario  JSON laid over bench/scenarios/default.json (default: that file, shipped in the jar)
              --out       tables and charts (default: docs/results)
              --results   the summary page (default: the parent of --out + /results.md)
              --cache     embedding cache (default: bench/target/cache)
              --threads   cells in parallel (default: available processors)""";

    /** @throws IllegalArgumentException with a message for the user */
    public static CommandLine parse(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("sweep")) {
            throw new IllegalArgumentException("the only command is 'sweep'");
        }
        Path data = null;
        Path scenario = null;
        Path out = Path.of("docs/results");
        Path results = null;
        Path cache = Path.of("bench/target/cache");
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--data" -> data = Path.of(value);
                case "--scenario" -> scenario = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--results" -> results = Path.of(value);
                case "--cache" -> cache = Path.of(value);
                case "--threads" -> threads = threads(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (results == null) {
            Path parent = out.toAbsolutePath().getParent();
            results = parent.resolve("results.md");
        }
        return new CommandLine(data, scenario, out, results, cache, threads);
    }

    private static int threads(String value) {
        try {
            int threads = Integer.parseInt(value);
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value
        }
        throw new IllegalArgumentException("--threads must be a positive integer, was " + value);
    }
}
