package dev.concord.bench.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OracleRuleTest {

    @Test
    void averagesTheHonestMembersOnly() {
        double[] scores = {8, 0, 6, 10};
        boolean[] honest = {true, false, true, false};
        assertEquals(7.0, OracleRule.aggregate(scores, honest), 1e-12);
    }

    @Test
    void aPanelWithoutHonestMembersFallsBackToThePlainMean() {
        assertEquals(5.0, OracleRule.aggregate(new double[]{0, 10}, new boolean[]{false, false}), 1e-12);
    }
}
