package dev.concord.evaluator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.evaluator.scoring.ScorerKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EvaluatorPropertiesTest {

    private static final List<EvaluatorProperties.Node> JUDGE_NODE = List.of(
            new EvaluatorProperties.Node("eval-j", "op-j", ScorerKind.JUDGE, 0, 0, null, null));

    @Test
    void aJudgeNodeWithoutAJudgeServerFailsStartUpNamingTheProperty() {
        assertThatThrownBy(() -> properties(JUDGE_NODE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eval-j").hasMessageContaining("concord.evaluator.judge.base-url");
        assertThatThrownBy(() -> properties(JUDGE_NODE,
                new EvaluatorProperties.Judge(null, "sim-judge", null, Duration.ofSeconds(5))))
                .hasMessageContaining("concord.evaluator.judge.base-url");
    }

    @Test
    void aJudgeServerNeedsAModel() {
        assertThatThrownBy(() -> new EvaluatorProperties.Judge(URI.create("http://127.0.0.1:9200/v1"), " ", null,
                Duration.ofSeconds(5))).hasMessageContaining("judge.model");
    }

    @Test
    void aConfiguredJudgeBecomesTheScorersEndpoint() {
        EvaluatorProperties properties = properties(JUDGE_NODE, new EvaluatorProperties.Judge(
                URI.create("http://127.0.0.1:9200/v1"), "sim-judge", "key", Duration.ofSeconds(3)));

        assertThat(properties.judgeEndpoint()).hasValueSatisfying(endpoint -> {
            assertThat(endpoint.baseUrl()).hasToString("http://127.0.0.1:9200/v1");
            assertThat(endpoint.model()).isEqualTo("sim-judge");
            assertThat(endpoint.timeout()).isEqualTo(Duration.ofSeconds(3));
        });
    }

    @Test
    void nodesWithoutAJudgeNeedNoJudgeServer() {
        EvaluatorProperties properties = properties(
                List.of(new EvaluatorProperties.Node("eval-l", "op-l", ScorerKind.LEXICAL, 0, 0, null, null)), null);

        assertThat(properties.judgeEndpoint()).isEmpty();
    }

    @Test
    void bindsFromPropertiesWithTheDefaultTimeoutAndFailsBindingForAJudgeNodeWithoutAServer() {
        Map<String, String> source = new HashMap<>(Map.of(
                "concord.evaluator.agent-id", "agent",
                "concord.evaluator.key-dir", "keys",
                "concord.evaluator.nodes[0].id", "eval-j",
                "concord.evaluator.nodes[0].operator", "op-j",
                "concord.evaluator.nodes[0].scorer", "judge"));
        assertThatThrownBy(() -> bind(source)).rootCause()
                .hasMessageContaining("node eval-j has scorer judge but no judge server is configured");

        source.put("concord.evaluator.judge.base-url", "http://127.0.0.1:9200/v1");
        source.put("concord.evaluator.judge.model", "sim-judge");
        assertThat(bind(source).judgeEndpoint()).hasValueSatisfying(endpoint ->
                assertThat(endpoint.timeout()).isEqualTo(Duration.ofSeconds(4)));
    }

    private static EvaluatorProperties bind(Map<String, String> source) {
        return new Binder(new MapConfigurationPropertySource(source))
                .bind("concord.evaluator", EvaluatorProperties.class).get();
    }

    private static EvaluatorProperties properties(List<EvaluatorProperties.Node> nodes, EvaluatorProperties.Judge judge) {
        return new EvaluatorProperties("agent", Path.of("keys"), 2, 32, Duration.ofSeconds(10), 4096, nodes, judge, null,
                null, null);
    }
}
