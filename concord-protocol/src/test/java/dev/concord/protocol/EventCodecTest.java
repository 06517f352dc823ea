package dev.concord.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.codec.InvalidEventException;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.protocol.event.RoundStatus;
import dev.concord.protocol.event.Score;
import dev.concord.protocol.event.ScoreSheet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void malformedJsonIsAnInvalidEvent() {
        assertThatThrownBy(() -> codec.decode("{not json", ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void emptyMessageIsAnInvalidEvent() {
        assertThatThrownBy(() -> codec.decode("  ", ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("empty");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String json = codec.encode(SampleEvents.scoreSheet()).replace("\"evaluatorId\":\"eval-1\",", "");
        assertThatThrownBy(() -> codec.decode(json, ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("evaluatorId");
    }

    @Test
    void nullElementInAListIsRejected() {
        String json = codec.encode(SampleEvents.scoreSheet()).replace("\"scores\":[", "\"scores\":[null,");
        assertThatThrownBy(() -> codec.decode(json, ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("scores");
    }

    @Test
    void versionFromTheFutureIsRejected() {
        String json = codec.encode(SampleEvents.scoreSheet()).replace("\"version\":1", "\"version\":9");
        assertThatThrownBy(() -> codec.decode(json, ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unsupported version 9");
    }

    @Test
    void unknownFieldsAreTolerated() {
        String json = codec.encode(SampleEvents.scoreSheet()).replace("{\"version\":1", "{\"extra\":true,\"version\":1");
        assertThat(codec.decode(json, ScoreSheet.class)).isEqualTo(SampleEvents.scoreSheet());
    }

    @Test
    void nullableWinnerFieldsMayBeAbsentWhenNoWinner() {
        RoundDecision none = new RoundDecision(1, "req-2", RoundStatus.NO_RESPONSES, null, null, null, 0, 0, 0,
                "median", 0, List.of(), List.of(), 1_000, "gateway-1", SampleEvents.T0);
        assertThat(codec.decode(codec.encode(none), RoundDecision.class)).isEqualTo(none);
    }

    @Test
    void eventsWrittenBeforeClientAccountsDecodeAsUnmetered() {
        String oldPrompt = codec.encode(SampleEvents.prompt()).replace(",\"clientAccountId\":\"acct-1\"", "");
        String oldDecision = codec.encode(SampleEvents.decision()).replace(",\"clientAccountId\":\"acct-1\"", "")
                .replaceAll(",\"faults\":\\[.*\\]", "");

        assertThat(oldPrompt).doesNotContain("clientAccountId");
        assertThat(codec.decode(oldPrompt, PromptRequest.class).clientAccountId()).isNull();
        assertThat(codec.decode(oldDecision, RoundDecision.class).clientAccountId()).isNull();
        assertThat(codec.decode(oldDecision, RoundDecision.class).faults()).isEmpty();
    }

    @Test
    void aScoreWithoutFlagsKeepsTheJsonSignedBeforeFlagsExisted() {
        String before = "{\"version\":1,\"requestId\":\"r\",\"evaluatorId\":\"e\",\"scorer\":\"s\","
                + "\"scores\":[{\"nodeId\":\"a\",\"value\":7.0}],\"createdAt\":\"2026-11-26T08:00:00Z\",\"signature\":null}";
        ScoreSheet decoded = codec.decode(before, ScoreSheet.class);
        assertThat(decoded.scores().get(0).flags()).isNull();
        assertThat(codec.encode(decoded)).isEqualTo(before);
    }

    @Test
    void emptyFlagsAreTheAbsentForm() {
        assertThat(new Score("a", 7, List.of())).isEqualTo(new Score("a", 7));
    }

    @Test
    void aScoreWithoutItsNodeIsNamedByPath() {
        String json = codec.encode(SampleEvents.scoreSheet()).replace("\"nodeId\":\"inf-b\",", "");
        assertThatThrownBy(() -> codec.decode(json, ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("scores[1].nodeId");
    }

    @Test
    void aNullFlagIsRejected() {
        String json = codec.encode(SampleEvents.scoreSheet()).replace("\"flags\":[", "\"flags\":[null,");
        assertThatThrownBy(() -> codec.decode(json, ScoreSheet.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("scores[1].flags");
    }
}
