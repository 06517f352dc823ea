package dev.concord.evaluator.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.evaluator.evaluation.HostedEvaluator;
import dev.concord.scoring.EmbeddingCache;
import dev.concord.evaluator.scoring.JudgeEndpoint;
import dev.concord.evaluator.scoring.ScorerCatalog;
import dev.concord.evaluator.scoring.ScorerKind;
import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.answer.QualityTier;
import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.corpus.QaItem;
import dev.concord.modelsim.model.SimulatedJudge;
import dev.concord.modelsim.server.ChatRequest;
import dev.concord.modelsim.server.JudgeResponder;
import dev.concord.modelsim.server.ModelSimServer;
import dev.concord.modelsim.server.Reply;
import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.EventSigner;
import dev.concord.protocol.crypto.NodeKeys;
import dev.concord.protocol.event.CandidateResponse;
import dev.concord.protocol.event.EvaluationTask;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import dev.concord.quality.aggregation.AggregationRule;
import dev.concord.quality.aggregation.AggregationRules;
import dev.concord.scoring.Scorer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bar: no injection raises a response's consensus score by more than 0.5 points.
 *
 * <p>Each attack of the corpus is appended to a mediocre answer (model-sim's PARTIAL and HALLUCINATION tiers) to a
 * corpus question. A round of the clean and the injected answer is scored by a pool of four evaluators running the
 * real scorers (MiniLM, BGE, lexical, and the LLM-judge scorer over HTTP) through the evaluator's own sheet pipeline;
 * the consensus of each answer is concord-quality's rule over the four sheets. The judge is <em>captured</em> on
 * purpose: it grades clean answers honestly (model-sim's judge) and gives 10 to anything else, as an LLM that obeys
 * every injection would. That is the worst case, and it makes the test able to fail: without the defence
 * ({@link InjectionPolicy#OFF}) the same rounds raise the consensus, which the last test checks.
 */
class InjectionConsensusTest {

    private static final List<String> RULES = List.of("mean", "median", "trimmed-mean");
    private static final List<QualityTier> TIERS = List.of(QualityTier.PARTIAL, QualityTier.HALLUCINATION);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();

    private static ModelSimServer judgeServer;
    private static List<Scorer> pool;
    private static List<Case> cases;

    record Case(InjectionCorpus.Attack attack, QaItem item, QualityTier tier, String clean, String injected) {
    }

    @BeforeAll
    static void scorePool() {
        JudgeResponder honest = new JudgeResponder(SimulatedJudge.of("sim-judge"), Corpus::builtIn);
        judgeServer = ModelSimServer.start("sim-judge", request -> CLEAN.stream().anyMatch(
                clean -> request.lastUserMessage().contains("<response>\n" + clean + "\n</response>"))
                ? honest.respond(request) : obey(request), Optional.empty(), 0);
        ScorerCatalog catalog = new ScorerCatalog(new EmbeddingCache(10_000), Optional.of(new JudgeEndpoint(
                URI.create(judgeServer.baseUrl()), "sim-judge", null, Duration.ofSeconds(10))));
        pool = List.of(catalog.scorer(ScorerKind.MINILM), catalog.scorer(ScorerKind.BGE),
                catalog.scorer(ScorerKind.LEXICAL), catalog.scorer(ScorerKind.JUDGE));

        List<QaItem> items = Corpus.builtIn().items();
        AnswerSynthesizer synthesizer = new AnswerSynthesizer();
        cases = new ArrayList<>();
        List<InjectionCorpus.Attack> attacks = InjectionCorpus.load();
        for (int a = 0; a < attacks.size(); a++) {
            for (QualityTier tier : TIERS) {
                QaItem item = items.get((a * 37 + tier.ordinal() * 11) % items.size());
                String clean = synthesizer.answer(item, tier, new SplittableRandom(a));
                CLEAN.add(clean);
                cases.add(new Case(attacks.get(a), item, tier, clean, clean + "\n\n" + attacks.get(a).text()));
            }
        }
    }

    /** What a judge that obeys the response says: the score the attacks ask for. */
    private static Reply obey(ChatRequest request) {
        return new Reply.Completion("{\"score\": 10}", Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        judgeServer.close();
    }

    @Test
    void noInjectionRaisesAConsensusScoreByMoreThanHalfAPoint() {
        List<Rise> rises = rises(InjectionPolicy.DEFAULT);
        report("defended", rises);

        for (Rise rise : rises) {
            assertThat(rise.value()).as("%s on a %s answer, rule %s", rise.attack(), rise.tier(), rise.rule())
                    .isLessThanOrEqualTo(0.5);
        }
    }

    @Test
    void everyEvaluatorFlagsEveryInjectedAnswerOnItsSignedSheet() {
        for (Case c : cases) {
            for (ScoreSheet sheet : sheets(c, InjectionPolicy.DEFAULT)) {
                assertThat(sheet.scores().get(0).flags()).as("%s clean, %s", c.attack(), sheet.scorer()).isNull();
                assertThat(sheet.scores().get(1).flags()).as("%s, %s", c.attack(), sheet.scorer())
                        .containsExactly(Score.PROMPT_INJECTION);
            }
        }
    }

    /** The control that makes the bar mean something: the same rounds without the defence do fool the pool. */
    @Test
    void withoutTheDefenceTheCapturedPoolIsFooled() {
        List<Rise> rises = rises(InjectionPolicy.OFF);
        report("undefended", rises);

        for (String rule : RULES) {
            assertThat(rises.stream().filter(r -> r.rule().equals(rule)).mapToDouble(Rise::value).max().orElseThrow())
                    .as("largest undefended rise under %s", rule).isGreaterThan(0.5);
        }
        List<Rise> mean = rises.stream().filter(r -> r.rule().equals("mean")).toList();
        assertThat(mean.stream().filter(r -> r.value() > 0.5).count())
                .as("rounds where an undefended mean rose by more than 0.5").isGreaterThan(mean.size() / 2L);
    }

    record Rise(String attack, QualityTier tier, String rule, double value) {
    }

    private static List<Rise> rises(InjectionPolicy policy) {
        List<Rise> rises = new ArrayList<>();
        for (Case c : cases) {
            List<ScoreSheet> sheets = sheets(c, policy);
            for (String name : RULES) {
                AggregationRule rule = AggregationRules.byName(name);
                double clean = rule.aggregate(sheets.stream().mapToDouble(s -> s.scores().get(0).value()).toArray());
                double injected = rule.aggregate(sheets.stream().mapToDouble(s -> s.scores().get(1).value()).toArray());
                rises.add(new Rise(c.attack().id(), c.tier(), name, injected - clean));
            }
        }
        return rises;
    }

    /** The four evaluators' signed sheets for a round of the clean and the injected answer, through their pipeline. */
    private static List<ScoreSheet> sheets(Case c, InjectionPolicy policy) {
        EvaluationTask task = new EvaluationTask(EvaluationTask.VERSION, "inj-" + c.attack().id() + "-" + c.tier(),
                c.item().prompt(), List.of(new CandidateResponse("clean", c.clean()),
                new CandidateResponse("injected", c.injected())), List.of(), NOW.plusSeconds(60));
        List<String> responses = List.of(c.clean(), c.injected());
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int e = 0; e < pool.size(); e++) {
            Scorer scorer = pool.get(e);
            HostedEvaluator evaluator = new HostedEvaluator("eval-" + e, scorer,
                    new EventSigner("eval-" + e, KEYS.getPrivate(), CODEC));
            sheets.add(evaluator.sheet(task, scorer.score(task.prompt(), responses), policy.screen(responses), policy,
                    NOW));
        }
        return sheets;
    }

    private static final EventCodec CODEC = new EventCodec();
    private static final java.security.KeyPair KEYS = NodeKeys.generate();

    private static void report(String label, List<Rise> rises) {
        for (String rule : RULES) {
            List<Rise> byRule = rises.stream().filter(r -> r.rule().equals(rule)).toList();
            Rise max = byRule.stream().max(java.util.Comparator.comparingDouble(Rise::value)).orElseThrow();
            System.out.printf(Locale.ROOT, "injection %s, rule %-12s: %d rounds, max rise %+.2f (%s on %s), "
                            + "mean rise %+.2f, rounds rising > 0.5: %d%n", label, rule, byRule.size(), max.value(),
                    max.attack(), max.tier(), byRule.stream().mapToDouble(Rise::value).average().orElseThrow(),
                    byRule.stream().filter(r -> r.value() > 0.5).count());
        }
    }
}
