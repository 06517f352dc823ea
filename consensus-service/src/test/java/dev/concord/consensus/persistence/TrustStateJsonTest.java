package dev.concord.consensus.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.quality.trust.TrustState;
import org.junit.jupiter.api.Test;

class TrustStateJsonTest {

    @Test
    void aStateRoundTrips() {
        TrustState state = new TrustState(1.5, 12, 0.1, 0.2, 0.3, 0.4, -1.25);
        assertEquals(state, TrustStateJson.read(TrustStateJson.write(state)));
    }

    @Test
    void aStateStoredBeforeTheLevelMemoryExistedReadsWithBiasZero() {
        String stored = """
                {"weight":1.8,"rounds":40,"lastDeviation":0.05,"meanDeviation":0.07,"suspicion":0.0,"agreement":0.6}""";
        assertEquals(new TrustState(1.8, 40, 0.05, 0.07, 0.0, 0.6, 0.0), TrustStateJson.read(stored));
    }
}
