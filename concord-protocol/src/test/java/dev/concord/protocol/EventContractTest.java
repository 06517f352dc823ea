package dev.concord.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the JSON form of every event: a change that would break another service fails here first. */
class EventContractTest {

    private final EventCodec codec = new EventCodec();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("prompt-request", SampleEvents.prompt()),
                Arguments.of("response-commitment", SampleEvents.commitment()),
                Arguments.of("reveal-request", SampleEvents.revealRequest()),
                Arguments.of("inference-response", SampleEvents.response()),
                Arguments.of("evaluation-task", SampleEvents.evaluationTask()),
                Arguments.of("score-sheet", SampleEvents.scoreSheet()),
                Arguments.of("round-decision", SampleEvents.decision()),
                Arguments.of("settlement", SampleEvents.settlement()),
                Arguments.of("registry-entry", SampleEvents.registryEntry()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void encodingMatchesGoldenFile(String name, Event event) throws IOException {
        assertThat(codec.encode(event)).isEqualTo(golden(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void goldenFileDecodesToTheSameEvent(String name, Event event) throws IOException {
        assertThat(codec.decode(golden(name), event.getClass())).isEqualTo(event);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(in).as("golden file for " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
