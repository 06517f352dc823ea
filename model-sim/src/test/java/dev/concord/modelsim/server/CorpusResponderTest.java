package dev.concord.modelsim.server;

import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.model.LatencyModel;
import dev.concord.modelsim.model.Misbehaviour;
import dev.concord.modelsim.model.SimulatedModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The responder's decisions, called directly: delays are returned, never slept. */
class CorpusResponderTest {

    private static final ChatRequest QUESTION = request("Who wrote Hamlet?");

    @Test
    void timeoutsReturnTheAnswerOnlyAfterTheConfiguredDelay() {
        Reply reply = responder(SimulatedModel.of("m", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.timeouts(1, Duration.ofSeconds(45)))).respond(QUESTION);
        assertThat(reply).isInstanceOf(Reply.Completion.class);
        assertThat(reply.delay()).isEqualTo(Duration.ofSeconds(45));
        assertThat(((Reply.Completion) reply).content()).isEqualTo("Hamlet was written by William Shakespeare.");
    }

    @Test
    void errorRateIsTheShareOfFailedRequests() {
        CorpusResponder responder = responder(SimulatedModel.of("m", QualityTier.EXACT)
                .withMisbehaviour(Misbehaviour.errors(0.3)));
        long failures = IntStream.range(0, 4000).mapToObj(i -> responder.respond(QUESTION))
                .filter(r -> r instanceof Reply.Failure).count();
        assertThat(failures / 4000.0).isCloseTo(0.3, within(0.03));
    }

    @Test
    void answerTextDependsOnSeedAndPromptWhileLatencyVariesPerRequest() {
        SimulatedModel model = SimulatedModel.of("m", QualityTier.HALLUCINATION)
                .withLatency(LatencyModel.lognormal(50, 0.5)).withSeed(7);
        CorpusResponder first = responder(model);
        List<Reply> replies = IntStream.range(0, 5).mapToObj(i -> first.respond(QUESTION)).toList();

        assertThat(replies).extracting(r -> ((Reply.Completion) r).content()).containsOnly(
                ((Reply.Completion) replies.get(0)).content());
        assertThat(replies).extracting(Reply::delay).doesNotHaveDuplicates();
        assertThat(responder(model).respond(QUESTION)).isEqualTo(replies.get(0));
        assertThat(responder(model.withSeed(8)).respond(QUESTION)).isNotEqualTo(replies.get(0));
    }

    private static CorpusResponder responder(SimulatedModel model) {
        return new CorpusResponder(model, Corpus::builtIn, new AnswerSynthesizer());
    }

    private static ChatRequest request(String prompt) {
        return new ChatRequest("m", List.of(new ChatMessage("user", prompt)), OptionalInt.empty(), Optional.empty(),
                false);
    }
}
