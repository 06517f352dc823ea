package dev.concord.modelsim.server;

import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.modelsim.corpus.UnknownPrompt;
import dev.concord.modelsim.model.SimulatedJudge;
import dev.concord.modelsim.text.TokenF1;
import dev.concord.modelsim.text.Tokens;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * An LLM judge stand-in. From a grading request ({@link GradingRequest}) it finds the question in the corpus, grades
 * the candidate by token F1 against the reference (0..1 mapped to 0..10), adds the judge's Gaussian noise, and
 * replies {@code {"score": N}} with N a whole number. Like a real judge, and unlike token overlap or a bi-encoder, it
 * knows the fact asked for: a candidate that never states the item's key answer ("Sydney" for the capital of
 * Australia reads almost like the reference) is graded at most {@value #UNANSWERED_CAP}. Instructions inside the
 * candidate are just more tokens to it, which is how an injection-proof judge should treat them.
 *
 * <p>As in {@link CorpusResponder}, the grade depends only on (seed, question, candidate), like a judge at
 * temperature 0; whether a reply comes out malformed depends on (seed, request number), so a client's retry of the
 * same request can succeed.
 */
public final class JudgeResponder implements Responder {

    /** Replies that break the contract in the ways real models do: prose, a wrapper, a wrong type, truncation. */
    static final List<String> MALFORMED = List.of(
            "I would rate this answer %d out of 10.",
            "```json\n{\"score\": %d}\n```",
            "{\"score\": \"%d\"}",
            "{\"score\": %d, \"reason\": \"close to the reference\"}",
            "{\"score\": %d");

    /** The most a candidate gets when it does not state the key answer: whatever else it says, it misses the point. */
    static final int UNANSWERED_CAP = 3;

    private final SimulatedJudge judge;
    private final Supplier<Corpus> corpus;
    private final AtomicLong requests = new AtomicLong();

    /** The corpus is a supplier so that a server can start before the built-in corpus has finished parsing. */
    public JudgeResponder(SimulatedJudge judge, Supplier<Corpus> corpus) {
        this.judge = judge;
        this.corpus = corpus;
    }

    @Override
    public Reply respond(ChatRequest request) {
        RandomGenerator behaviour = new SplittableRandom(Seeds.mix(judge.seed(), requests.getAndIncrement()));
        boolean malformed = behaviour.nextDouble() < judge.malformedRate();
        GradingRequest grading = GradingRequest.find(request).orElseThrow(() -> ApiError.badRequest(
                "model-sim judge mode expects the question between " + GradingRequest.QUESTION_OPEN + " and "
                        + GradingRequest.QUESTION_CLOSE + " and the answer between " + GradingRequest.RESPONSE_OPEN
                        + " and " + GradingRequest.RESPONSE_CLOSE, "messages"));
        int score = grade(grading);
        String content = malformed
                ? String.format(Locale.ROOT, MALFORMED.get(behaviour.nextInt(MALFORMED.size())), score)
                : "{\"score\": " + score + "}";
        return new Reply.Completion(content, Duration.ZERO);
    }

    /**
     * The exact grade (10 x token F1 against the reference, at most {@value #UNANSWERED_CAP} without the key answer)
     * plus the judge's noise, rounded and kept in 0..10.
     */
    int grade(GradingRequest grading) {
        QaItem item = corpus.get().find(grading.question()).orElseGet(() -> UnknownPrompt.asItem(grading.question()));
        double exact = 10 * TokenF1.of(grading.candidate(), item.reference());
        if (!states(grading.candidate(), item.answer())) {
            exact = Math.min(exact, UNANSWERED_CAP);
        }
        RandomGenerator noise = new SplittableRandom(Seeds.mix(judge.seed(),
                Seeds.hash(Tokens.normalise(grading.question()) + "\n" + Tokens.normalise(grading.candidate()))));
        double noisy = exact + judge.noiseSigma() * noise.nextGaussian();
        return (int) Math.round(Math.max(0, Math.min(10, noisy)));
    }

    /** Every word of the key answer appears in the candidate, in any order (a paraphrase may reorder them). */
    static boolean states(String candidate, String answer) {
        return new HashSet<>(Tokens.words(candidate)).containsAll(Tokens.words(answer));
    }
}
