package dev.concord.evaluator.scoring;

import dev.concord.scoring.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: measures one round (a prompt and five responses of about 40-60 tokens) scored by a warm scorer, every
 * round with fresh texts so nothing comes from the cache. Run from the repository root after {@code test-compile}:
 * <pre>
 * ./mvnw -B -q -pl evaluator-service dependency:build-classpath -Dmdep.outputFile=/tmp/eval-cp.txt -Dmdep.includeScope=test
 * java -cp evaluator-service/target/classes:evaluator-service/target/test-classes:$(cat /tmp/eval-cp.txt) \
 *     dev.concord.evaluator.scoring.ScoringBenchmark [minilm|bge|lexical] [rounds] [callers]
 * </pre>
 */
public final class ScoringBenchmark {

    private static final String PROMPT = "Explain why the sky looks blue during the day but red and orange at sunset, "
            + "in terms a curious twelve-year-old could follow.";
    private static final String[] RESPONSES = {
        "Sunlight contains every colour. Air molecules scatter short blue wavelengths far more than long red ones "
                + "(Rayleigh scattering), so blue light reaches your eyes from all over the sky.",
        "At sunset the light crosses much more air before reaching you, so most of the blue is scattered away and "
                + "the reds and oranges that remain give the sky its evening colour.",
        "The sky is blue because it reflects the oceans, and at sunset the sun is closer to the ground so it "
                + "heats the air, which glows red like the element of a toaster.",
        "Blue light bounces around the atmosphere more than other colours. When the sun is low, its light travels "
                + "through a thicker layer of air and loses the blue, leaving warm colours.",
        "Photosynthesis lets plants turn sunlight, water and carbon dioxide into sugar and oxygen, which is why "
                + "leaves are green and forests matter for the air we breathe."};

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ScorerKind kind = ScorerKind.valueOf((args.length > 0 ? args[0] : "minilm").toUpperCase());
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int callers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long loadStart = System.nanoTime();
        Scorer scorer = new ScorerCatalog(new EmbeddingCache(100_000)).scorer(kind);
        long coldStart = System.nanoTime();
        scorer.score(PROMPT + " cold", round(-1));
        System.out.printf("%s: model load %.0f ms, first round after it %.1f ms%n", scorer.id(),
                (coldStart - loadStart) / 1e6, (System.nanoTime() - coldStart) / 1e6);
        for (int i = 0; i < 50; i++) {
            scorer.score(PROMPT + " warm-up " + i, round(-1000 - i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long[] millis = new long[rounds];
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int n = r;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                scorer.score(PROMPT + " #" + n, round(n));
                millis[n] = (System.nanoTime() - t) / 1_000;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(millis);
        System.out.printf("%d rounds of 1 prompt + %d responses, %d caller(s): p50 %.1f ms, p90 %.1f ms, max %.1f ms;"
                        + " %.0f rounds/s, %.0f texts/s%n", rounds, RESPONSES.length, callers, millis[rounds / 2] / 1e3,
                millis[rounds * 9 / 10] / 1e3, millis[rounds - 1] / 1e3, rounds / seconds,
                rounds * (RESPONSES.length + 1) / seconds);

        long[] cached = new long[21];
        for (int i = 0; i < cached.length; i++) {
            long t = System.nanoTime();
            scorer.score(PROMPT + " #" + i, round(i));
            cached[i] = System.nanoTime() - t;
        }
        Arrays.sort(cached);
        System.out.printf("a round already scored (all from cache): p50 %.3f ms%n", cached[cached.length / 2] / 1e6);
        System.exit(0);
    }

    /** The five responses, each made unique to round n so the cache cannot serve them. */
    private static List<String> round(int n) {
        return Arrays.stream(RESPONSES).map(r -> r + " (" + n + ")").toList();
    }
}
