package dev.concord.bench.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {

    @Test
    void theDefaultScenarioCoversTheWholeGridOfTheSpec() {
        Scenario s = ScenarioReader.defaults();
        assertEquals(9, s.attacks().size());
        assertTrue(s.seeds().size() >= 3, "several seeds, never one");
        assertEquals(6, s.maliciousRatios().size());
        assertEquals(10, s.chainLabels().size(), "3 plain + 3 weighted x 2 trust rules + oracle");
        assertEquals(Scenario.ORACLE, s.chainLabels().get(s.chainLabels().size() - 1));
    }

    @Test
    void theShippedCopyIsTheResource() throws Exception {
        Path copy = Path.of("scenarios/default.json");
        try (var in = getClass().getClassLoader().getResourceAsStream(ScenarioReader.DEFAULT_RESOURCE)) {
            assertEquals(new String(in.readAllBytes()), Files.readString(copy),
                    "bench/scenarios/default.json must stay a copy of the resource");
        }
    }

    @Test
    void aFileOverridesOnlyTheFieldsItNames() {
        Scenario s = ScenarioReader.readString("{\"rounds\": 20, \"trust\": {\"maxWeight\": 3.0}}", "test");
        assertEquals(20, s.rounds());
        assertEquals(3.0, s.trust().maxWeight());
        assertEquals(ScenarioReader.defaults().trust().minWeight(), s.trust().minWeight());
        assertEquals(ScenarioReader.defaults().attacks(), s.attacks());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readString(
                "{\"maliciousRatios\": [0.1], \"kValues\": [3, 40], \"concordRule\": \"mean/adaptive\"}", "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json"), e.getMessage());
        assertTrue(e.getMessage().contains("must include 0"), e.getMessage());
        assertTrue(e.getMessage().contains("every K must be in 2..20"), e.getMessage());
        assertTrue(e.getMessage().contains("concordRule must be one of"), e.getMessage());
    }

    @Test
    void unknownFieldsAndBadJsonAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readString("{\"round\": 5}", "x"))
                .getMessage().contains("round"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readString("{\"rounds\": ", "x"))
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readString("[1]", "x"))
                .getMessage().contains("JSON object"));
    }

    @Test
    void attacksAreCheckedWithTheirParameters() {
        String unknownAttack = "{\"attacks\": [{\"name\": \"bribery\"}]}";
        assertTrue(message(unknownAttack).contains("unknown attack 'bribery'"));
        String unknownParameter = "{\"attacks\": [{\"name\": \"noise\", \"parameters\": {\"boost\": 1}}]}";
        assertTrue(message(unknownParameter).contains("unknown parameter 'boost'"));
        String collusionWithoutNode = "{\"attacks\": [{\"name\": \"collusion\"}]}";
        assertTrue(message(collusionWithoutNode).contains("collusion needs 'node'"));
        String outOfRange = "{\"attacks\": [{\"name\": \"intermittent\", \"parameters\": {\"probability\": 2}}]}";
        assertTrue(message(outOfRange).contains("attack intermittent"));
        String duplicate = "{\"attacks\": [{\"name\": \"noise\"}, {\"name\": \"noise\"}]}";
        assertTrue(message(duplicate).contains("unique"));
    }

    @Test
    void aRatioThatLeavesNoAttackerIsRejected() {
        assertTrue(message("{\"evaluators\": 5, \"kValues\": [3], \"maliciousRatios\": [0, 0.05], "
                + "\"focus\": {\"k\": 3, \"ratio\": 0.05}}").contains("leaves no attacker"));
    }

    private static String message(String json) {
        return assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readString(json, "t")).getMessage();
    }
}
