package dev.concord.evaluator.evaluation;

import dev.concord.scoring.Scorer;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.EvaluationTask;
import java.security.KeyPair;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Small builders shared by the evaluation tests. */
final class Fixtures {

    static final EventCodec CODEC = new EventCodec();

    private Fixtures() {
    }

    static HostedEvaluator evaluator(String nodeId, Scorer scorer, KeyPair keys) {
        return new HostedEvaluator(nodeId, scorer, new EventSigner(nodeId, keys.getPrivate(), CODEC));
    }

    static EvaluationTask task(String requestId, Instant deadline, List<String> evaluators, String... responses) {
        List<CandidateResponse> candidates = new ArrayList<>();
        for (int i = 0; i < responses.length; i++) {
            candidates.add(new CandidateResponse("inf-" + (i + 1), responses[i]));
        }
        return new EvaluationTask(EvaluationTask.VERSION, requestId, "What is the capital of France?", candidates,
                evaluators, deadline);
    }

    /** A scorer that answers with a function of each response and counts its calls. */
    static final class CountingScorer implements Scorer {

        private final String id;
        private final Function<String, Double> score;
        final AtomicInteger calls = new AtomicInteger();

        CountingScorer(String id, Function<String, Double> score) {
            this.id = id;
            this.score = score;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Double> score(String prompt, List<String> responses) {
            calls.incrementAndGet();
            return responses.stream().map(score).toList();
        }
    }
}
