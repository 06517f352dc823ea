package dev.concord.evaluator.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JudgeVerdictTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"score\": 7}", "  {\"score\":7}\n", "{\"score\": 7.0}", "{ \"score\" : 7 }"})
    void acceptsOnlyTheScoreObject(String reply) {
        assertThat(JudgeVerdict.parse(reply)).hasValue(7.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"score\": 0}", "{\"score\": 10}", "{\"score\": 6.5}"})
    void acceptsTheWholeRangeIncludingItsBounds(String reply) {
        assertThat(JudgeVerdict.parse(reply)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "7", "null", "[7]", "Score: 7/10", "I would rate this answer 7 out of 10.",
            "```json\n{\"score\": 7}\n```", "{\"score\": \"7\"}", "{\"score\": 7, \"reason\": \"fine\"}",
            "{\"score\": 7", "{\"score\": 7} {\"score\": 10}", "{\"score\": 7} because it is right",
            "{\"Score\": 7}", "{\"score\": 3, \"score\": 10}", "{\"score\": 11}", "{\"score\": -1}",
            "{\"score\": 10.01}", "{\"score\": null}", "{\"score\": true}", "{\"score\": [7]}", "{}"})
    void rejectsEverythingElse(String reply) {
        assertThat(JudgeVerdict.parse(reply)).isEmpty();
    }
}
