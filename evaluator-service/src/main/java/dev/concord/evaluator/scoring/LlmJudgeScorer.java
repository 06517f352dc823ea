package dev.concord.evaluator.scoring;

import dev.concord.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an LLM on an OpenAI-compatible server to grade each response on its own (S1's LLM as a response classifier),
 * with the fixed {@link JudgePrompt} that isolates the response as data, and accepts only a strict
 * {@code {"score": N}} reply ({@link JudgeVerdict}). An invalid reply is retried once with a reminder of the format;
 * a second invalid reply, an error status or a timeout is an abstention on that response, and with it on the round
 * ({@link ScorerAbstainedException}). The responses of a round are graded in parallel, so a round takes about as long
 * as its slowest response (at most two calls), which has to fit in the round's scoring window. A blank response
 * scores 0 without a call, as with the other scorers.
 */
public final class LlmJudgeScorer implements Scorer {

    private static final Logger log = LoggerFactory.getLogger(LlmJudgeScorer.class);

    private final String id;
    private final JudgeClient client;

    public LlmJudgeScorer(JudgeEndpoint endpoint) {
        this.id = "llm-judge:" + endpoint.model() + "@prompt-" + JudgePrompt.VERSION;
        this.client = new JudgeClient(endpoint);
    }

    @Override
    public String id() {
        return id;
    }

    /** @throws ScorerAbstainedException naming the first response, in round order, the judge could not grade */
    @Override
    public List<Double> score(String prompt, List<String> responses) {
        List<CompletableFuture<Double>> grades = new ArrayList<>(responses.size());
        for (int i = 0; i < responses.size(); i++) {
            grades.add(responses.get(i).isBlank() ? CompletableFuture.completedFuture(0.0)
                    : grade(prompt, responses.get(i), i));
        }
        List<Double> scores = new ArrayList<>(responses.size());
        for (CompletableFuture<Double> grade : grades) {
            try {
                scores.add(grade.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof ScorerAbstainedException abstained ? abstained : e;
            }
        }
        return scores;
    }

    private CompletableFuture<Double> grade(String prompt, String response, int index) {
        List<JudgeClient.Message> messages = JudgePrompt.messages(prompt, response);
        return client.complete(messages).thenCompose(reply -> {
            OptionalDouble score = JudgeVerdict.parse(reply);
            if (score.isPresent()) {
                return CompletableFuture.completedFuture(score.getAsDouble());
            }
            log.info("{}: invalid reply on response {}, retrying once: {}", id, index, reply);
            return client.complete(JudgePrompt.retry(messages, reply)).thenApply(second -> JudgeVerdict.parse(second)
                    .orElseThrow(() -> new ScorerAbstainedException(id, index, "two invalid replies, the second: "
                            + second)));
        }).exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ScorerAbstainedException abstained) {
                throw abstained;
            }
            throw new ScorerAbstainedException(id, index, cause.getMessage());
        });
    }
}
